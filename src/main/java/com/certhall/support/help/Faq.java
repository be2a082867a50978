package com.certhall.support.help;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One question of the help centre with its answer in Chinese and English and the page the answer talks about.
 *
 * @param channel the channel code, or null for a question every applicant may have
 * @param link    a path of this site ({@code /orders}, {@code /login}), shown as the answer's link
 */
public record Faq(UUID id, @Nullable String channel, int position, String questionZh, String answerZh,
        String questionEn, String answerEn, String link) {

    /** In English where it is written (a question moved from a channel record may have none yet), else Chinese. */
    public String question(Locale locale) {
        return english(locale) && !questionEn.isBlank() ? questionEn : questionZh;
    }

    public String answer(Locale locale) {
        return english(locale) && !answerEn.isBlank() ? answerEn : answerZh;
    }

    /** Whether every word of the query occurs in the question or answer, in either language, ignoring case. */
    boolean matches(String[] words) {
        String text = (questionZh + "\n" + answerZh + "\n" + questionEn + "\n" + answerEn).toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
