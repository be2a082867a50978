package com.certhall.accounts;

import java.util.Optional;
import java.util.UUID;

/**
 * Graphic captchas in front of password logins and public SMS sends. A captcha is valid for five minutes and
 * is used up by its first check, right or wrong.
 */
public interface CaptchaService {

    Captcha create();

    /**
     * Checks and consumes the captcha (the consumption commits even if the caller's transaction rolls back).
     *
     * @throws com.certhall.shared.InvalidInputException naming {@code captchaAnswer} when wrong, expired or unknown
     */
    void check(String captchaId, String answer);

    /** The answer of a live captcha without consuming it; for the sandbox's captcha reveal only. */
    Optional<String> answerFor(UUID captchaId);
}
