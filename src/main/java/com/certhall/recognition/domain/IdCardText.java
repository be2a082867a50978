package com.certhall.recognition.domain;

import com.certhall.recognition.IdCardBack;
import com.certhall.recognition.IdCardFront;
import com.certhall.recognition.ScanKind;
import com.certhall.recognition.ScanReading;
import com.certhall.recognition.Unreadable;
import com.certhall.shared.ResidentIdNumber;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a resident identity card (GB 11643-1999 for the number) in an engine's text. The labels printed on
 * the card (姓名, 性别, 民族, 出生, 住址, 公民身份号码; 签发机关, 有效期限) anchor the values; when the engine misread a
 * label, the card's fixed layout does (the name is on the line above the sex, the address below the birth date, a
 * value stands apart from its label). The reading of a front is kept only when a number with a right check
 * character is found and the printed birth date is the one it encodes: the check character makes a misread number
 * detectable, and the birth date is a second, independent reading of eight of its digits.
 */
final class IdCardText {

    private static final Pattern BIRTH = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{15}");
    private static final String DATE = "(\\d{4})[.\\-,·]?(\\d{2})[.\\-,·]?(\\d{2})";
    private static final Pattern VALIDITY = Pattern.compile(DATE + "[-—~至]+(" + DATE + "|长期)");

    private IdCardText() {
    }

    static ScanReading front(String text) {
        List<String> lines = ScanText.lines(text);
        List<List<String>> rows = ScanText.rows(text);
        String number = idNumber(lines);
        if (number == null) {
            return new Unreadable(ScanKind.ID_CARD_FRONT, "idNumber");
        }
        LocalDate encoded = new ResidentIdNumber(number).birthDate();
        LocalDate printed = null;
        int birthRow = -1;
        for (int i = 0; i < rows.size() && printed == null; i++) {
            Matcher m = BIRTH.matcher(ScanText.digits(String.join("", rows.get(i))));
            if (m.find()) {
                printed = date(m.group(1), m.group(2), m.group(3));
                birthRow = i;
            }
        }
        if (printed == null || !printed.equals(encoded)) {
            return new Unreadable(ScanKind.ID_CARD_FRONT, "birthDate");
        }
        int sexRow = -1;
        for (int i = 0; i < birthRow && sexRow < 0; i++) {
            String joined = String.join("", rows.get(i));
            if (rows.get(i).contains("男") || rows.get(i).contains("女") || joined.contains("性别")) {
                sexRow = i;
            }
        }
        String sex = sex(lines, sexRow < 0 ? List.of() : rows.get(sexRow));
        String ethnicity = ScanText.cjk(ScanText.after(lines, "民族"));
        if (ethnicity.isEmpty() && sexRow >= 0 && rows.get(sexRow).size() >= 3) {
            List<String> row = rows.get(sexRow);
            String last = ScanText.cjk(row.get(row.size() - 1));
            ethnicity = last.length() <= 4 && !last.equals(sex) ? last : "";
        }
        String name = ScanText.cjk(ScanText.after(lines, "姓名"));
        if (name.isEmpty() && sexRow > 0) {
            List<String> row = rows.get(sexRow - 1);
            name = ScanText.longestHan(row, row.size() > 1 ? 1 : 0);
        }
        return new IdCardFront(name, sex, ethnicity, printed, address(rows, birthRow), number);
    }

    private static String sex(List<String> lines, List<String> row) {
        String labelled = ScanText.after(lines, "性别");
        if (labelled.startsWith("男") || labelled.startsWith("女")) {
            return labelled.substring(0, 1);
        }
        return row.contains("男") ? "男" : row.contains("女") ? "女" : "";
    }

    static ScanReading back(String text) {
        List<String> lines = ScanText.lines(text);
        String authority = ScanText.cjk(ScanText.after(lines, "签发机关"));
        if (authority.isEmpty()) {
            for (List<String> row : ScanText.rows(text)) {
                String joined = String.join("", row);
                if (joined.contains("公安") || joined.contains("分局")) {
                    authority = ScanText.longestHan(row, row.size() > 1 ? 1 : 0);
                    break;
                }
            }
        }
        for (String line : lines) {
            Matcher m = VALIDITY.matcher(ScanText.digits(line));
            if (m.find()) {
                LocalDate from = date(m.group(1), m.group(2), m.group(3));
                LocalDate until = m.group(5) == null ? null : date(m.group(5), m.group(6), m.group(7));
                if (from != null && !authority.isEmpty() && (until != null || m.group(4).equals("长期"))) {
                    return new IdCardBack(authority, from, until);
                }
            }
        }
        return new Unreadable(ScanKind.ID_CARD_BACK, "fields");
    }

    /**
     * The first 18 characters in a row with a right check character, looked for in every window of the number's
     * line (the engine may glue a misread label's digits to it), with its usual letter-for-digit confusions undone.
     */
    private static String idNumber(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = ScanText.digits(lines.get(i)).replace('x', 'X').replace('×', 'X');
            for (int start = 0; start + 18 <= line.length(); start++) {
                String candidate = line.substring(start, start + 18);
                if (ResidentIdNumber.isValid(candidate) && candidate.chars().limit(17).allMatch(Character::isDigit)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * The address: the row labelled 住址, or the one below the birth date, from its longest token on, and the rows
     * below it up to the number's row.
     */
    private static String address(List<List<String>> rows, int birthRow) {
        int start = -1;
        for (int i = 0; i < rows.size(); i++) {
            String first = rows.get(i).get(0);
            if (first.startsWith("住址") || (first.indexOf('址') >= 0 && first.indexOf('址') <= 2)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            start = birthRow + 1;
        }
        StringBuilder address = new StringBuilder();
        for (int i = start; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String joined = String.join("", row);
            if (i > start && (joined.contains("公民") || joined.contains("号码")
                    || LONG_NUMBER.matcher(ScanText.digits(joined)).find())) {
                break;
            }
            if (i == start) {
                String first = row.get(0);
                int label = first.indexOf('址');
                if (label >= 0 && label <= 2) {
                    address.append(first.substring(label + 1));
                    row.subList(1, row.size()).forEach(address::append);
                } else {
                    int longest = 0;
                    for (int t = 1; t < row.size(); t++) {
                        longest = row.get(t).length() > row.get(longest).length() ? t : longest;
                    }
                    row.subList(longest, row.size()).forEach(address::append);
                }
            } else {
                address.append(joined);
            }
        }
        return ScanText.addressText(address.toString());
    }

    static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
