package com.certhall.accounts.domain;

import com.certhall.accounts.Captcha;
import com.certhall.accounts.CaptchaService;
import com.certhall.shared.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Captchas kept in the database (so any node can check them), drawn by {@link CaptchaImages}. */
@Service
class StoredCaptchas implements CaptchaService {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final CaptchaChallenges captchas;
    private final CaptchaImages images = new CaptchaImages();
    private final Clock clock;

    StoredCaptchas(CaptchaChallenges captchas, Clock clock) {
        this.captchas = captchas;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Captcha create() {
        String text = images.randomText();
        CaptchaChallenge challenge = captchas.save(new CaptchaChallenge(text, clock.instant().plus(LIFETIME)));
        return new Captcha(challenge.id(), images.dataUri(text), challenge.expiresAt());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = InvalidInputException.class)
    public void check(String captchaId, String answer) {
        if (answer == null || answer.isBlank()) {
            throw InvalidInputException.of("captchaAnswer", "required", "validation.required", "captchaAnswer");
        }
        Optional<CaptchaChallenge> challenge = parse(captchaId).flatMap(captchas::findById);
        challenge.ifPresent(captchas::delete);
        if (challenge.isEmpty() || !challenge.get().accepts(answer, clock.instant())) {
            throw InvalidInputException.of("captchaAnswer", "wrong", "accounts.validation.captcha.wrong",
                    "captchaAnswer");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> answerFor(UUID captchaId) {
        Instant now = clock.instant();
        return captchas.findById(captchaId).filter(c -> c.isLive(now)).map(CaptchaChallenge::answer);
    }

    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    @Transactional
    public void purgeExpired() {
        captchas.deleteExpired(clock.instant());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
