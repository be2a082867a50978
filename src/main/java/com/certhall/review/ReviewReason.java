package com.certhall.review;

import java.util.List;

/**
 * Why an order needs a reviewer's eyes: a stable {@code code} (message key {@code review.reason.<code>}) and its
 * arguments (for example the missing material kinds or a verification's note).
 */
public record ReviewReason(String code, List<String> args) {

    public ReviewReason {
        args = List.copyOf(args);
    }

    public static ReviewReason of(String code, String... args) {
        return new ReviewReason(code, List.of(args));
    }

    /** {@code code} or {@code code:arg1,arg2} as it is stored. */
    public String encoded() {
        return args.isEmpty() ? code : code + ":" + String.join(",", args.stream()
                .map(a -> a.replace(",", "，").replace("\n", " ")).toList());
    }

    public static ReviewReason decode(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0) {
            return new ReviewReason(stored, List.of());
        }
        return new ReviewReason(stored.substring(0, colon), List.of(stored.substring(colon + 1).split(",", -1)));
    }
}
