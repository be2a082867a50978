package com.certhall.support.mobile;

import java.util.Locale;
import java.util.UUID;

/** What the lost-mobile desk tells the numbers involved (after commit, by SMS; docs/help.md). */
public final class MobileChangeEvents {

    private MobileChangeEvents() {
    }

    /** A request was made: the registered number is warned, in case it is not lost but being taken over. */
    public record Requested(UUID requestId, String registeredMobile, Locale locale) {

        @Override
        public String toString() {
            return "Requested[" + requestId + "]";
        }
    }

    /** Staff refused: the new number learns why (the reason is staff text, already checked as free text). */
    public record Refused(UUID requestId, String newMobile, String reason, Locale locale) {

        @Override
        public String toString() {
            return "Refused[" + requestId + "]";
        }
    }
}
