package com.certhall.recognition.domain;

import java.text.Normalizer;
import java.util.List;

/** What the parsers share: lines without spaces (the engine puts them between Chinese characters), labels, cleanup. */
final class ScanText {

    private ScanText() {
    }

    /** NFKC-folded (full-width digits and brackets become ASCII), spaces removed, empty lines dropped. */
    static List<String> lines(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).lines().map(l -> l.replaceAll("[\\s\\u3000]+", ""))
                .filter(l -> !l.isEmpty()).toList();
    }

    /** What follows {@code label} on the first line that holds it, or an empty string. */
    static String after(List<String> lines, String label) {
        for (String line : lines) {
            int at = line.indexOf(label);
            if (at >= 0) {
                return line.substring(at + label.length()).replaceFirst("^[:：]", "");
            }
        }
        return "";
    }

    /** The engine's usual stand-ins for digits (O, o, l, I, |) turned back into digits. */
    static String digits(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append(switch (c) {
                case 'O', 'o', 'D' -> '0';
                case 'l', 'I', '|' -> '1';
                default -> c;
            });
        }
        return out.toString();
    }

    /** The leading run of Chinese characters and the middle dot of ethnic names (e.g. 阿依古丽·买买提). */
    static String cjk(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c == '·' && out.length() > 0)) {
                out.append(c);
            } else if (out.length() > 0) {
                break;
            }
        }
        return out.toString();
    }

    /** An organisation's name: Chinese characters, digits, Latin letters and brackets. */
    static String nameText(String s) {
        return s.replaceAll("[^\\p{IsHan}0-9A-Za-z()·]", "");
    }

    static String addressText(String s) {
        return s.replaceAll("[^\\p{IsHan}0-9A-Za-z()\\-#·]", "");
    }
}
