package com.certhall.audit.domain;

import com.certhall.shared.Masking;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last line of defence before anything is written: resident ID numbers, bank card numbers and mobile numbers
 * that a caller forgot to mask are masked here (docs/architecture.md, "Data": identifiers are shown masked).
 */
public final class AuditMasking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern CARD = Pattern.compile("(?<![0-9A-Za-z])\\d{16,19}(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

    private AuditMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (!hasDigitRun(text, 11)) { // each pattern needs at least 11 digits in a row: most text is left as it is
            return text;
        }
        String out = replace(ID_NUMBER, text, 6, 4);
        out = replace(CARD, out, 6, 4);
        return replace(MOBILE, out, 3, 4);
    }

    public static Map<String, String> mask(Map<String, String> details) {
        Map<String, String> masked = new LinkedHashMap<>();
        new TreeMap<>(details).forEach((k, v) -> masked.put(k, mask(v)));
        return masked;
    }

    private static boolean hasDigitRun(String text, int length) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == length) {
                return true;
            }
        }
        return false;
    }

    private static String replace(Pattern pattern, String text, int keepStart, int keepEnd) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Masking.mask(m.group(), keepStart, keepEnd)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
