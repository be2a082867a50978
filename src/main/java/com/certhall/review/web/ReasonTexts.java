package com.certhall.review.web;

import com.certhall.review.ReviewReason;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a review reason for people: its {@code review.reason.<code>} text with material kinds, parties and
 * verification methods in words ("营业执照、授权书" rather than {@code BUSINESS_LICENSE/AUTHORIZATION_LETTER}).
 */
@Component("reviewReasonTexts")
public class ReasonTexts {

    private final MessageSource messages;

    ReasonTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(ReviewReason reason, Locale locale) {
        List<String> args = reason.args();
        Object[] words = switch (reason.code()) {
            case "materialsMissing", "paperNeedsEyes" -> new Object[] {kinds(args.isEmpty() ? "" : args.get(0),
                    locale)};
            case "verificationManual", "verificationFailed" -> new Object[] {
                word("review.party.", arg(args, 0), locale), word("review.method.", arg(args, 1), locale),
                word("review.note.", arg(args, 2), locale)};
            case "nameMismatch" -> new Object[] {word("review.nameField.", arg(args, 0), locale), arg(args, 1),
                arg(args, 2)};
            case "scanMismatch" -> new Object[] {word("review.scanField.", arg(args, 0), locale), arg(args, 1),
                arg(args, 2)};
            case "idNumberInvalid" -> new Object[] {word("review.nameField.", arg(args, 0), locale)};
            case "notVerified" -> new Object[] {word("review.party.", arg(args, 0), locale)};
            default -> args.toArray();
        };
        String key = "notVerified".equals(reason.code()) && !args.isEmpty() ? "review.reason.notVerifiedParty"
                : "review.reason." + reason.code();
        return messages.getMessage(key, words, reason.code(), locale);
    }

    private String kinds(String joined, Locale locale) {
        String separator = messages.getMessage("review.listSeparator", null, "/", locale);
        return Arrays.stream(joined.split("/")).filter(k -> !k.isBlank()).map(k -> word("review.kind.", k, locale))
                .collect(Collectors.joining(separator));
    }

    private String word(String prefix, String value, Locale locale) {
        return value.isEmpty() ? "" : messages.getMessage(prefix + value, null, value, locale);
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }
}
