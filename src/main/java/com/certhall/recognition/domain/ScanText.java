package com.certhall.recognition.domain;

import java.text.Normalizer;
import java.util.Arrays;
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

    /**
     * Each line's tokens: the engine separates what stands apart on the card (a label and its value) by spaces,
     * and reads specks in the gap as quotes or stops, which separate too.
     */
    static List<List<String>> rows(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).lines()
                .map(l -> Arrays.stream(l.split("[\\s\u3000“”\"'‘’。,，:：;；|、_]+")).filter(t -> !t.isEmpty()).toList())
                .filter(r -> !r.isEmpty()).toList();
    }

    /** The longest token made of Chinese characters (and the ethnic names' middle dot) from {@code from} on. */
    static String longestHan(List<String> row, int from) {
        String best = "";
        for (int i = Math.max(0, from); i < row.size(); i++) {
            String t = cjk(row.get(i));
            if (t.length() > best.length()) {
                best = t;
            }
        }
        return best;
    }

    /**
     * What follows the first of {@code labels} found (on the first line that holds it), or an empty string. Later
     * labels are the tail of the printed one, for when the engine misread its first character (等发机关).
     */
    static String after(List<String> lines, String... labels) {
        for (String label : labels) {
            for (String line : lines) {
                int at = line.indexOf(label);
                if (at >= 0) {
                    return line.substring(at + label.length()).replaceFirst("^[:：]", "");
                }
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
