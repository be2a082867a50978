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
 * the card (姓名, 性别, 民族, 出生, 住址, 公民身份号码; 签发机关, 有效期限) anchor the values. The reading of a front is
 * kept only when a number with a right check character is found and the printed birth date is the one it encodes:
 * the check character makes a misread number detectable, and the birth date is a second, independent reading of
 * eight of its digits.
 */
final class IdCardText {

    private static final Pattern NUMBER = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern BIRTH = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})");
    private static final Pattern VALIDITY = Pattern.compile(
            "(\\d{4})[.\\-](\\d{2})[.\\-](\\d{2})[-—~至]+((\\d{4})[.\\-](\\d{2})[.\\-](\\d{2})|长期)");

    private IdCardText() {
    }

    static ScanReading front(String text) {
        List<String> lines = ScanText.lines(text);
        String number = idNumber(lines);
        if (number == null) {
            return new Unreadable(ScanKind.ID_CARD_FRONT, "idNumber");
        }
        LocalDate encoded = new ResidentIdNumber(number).birthDate();
        LocalDate printed = null;
        for (String line : lines) {
            Matcher m = BIRTH.matcher(ScanText.digits(line));
            if (m.find()) {
                printed = date(m.group(1), m.group(2), m.group(3));
                break;
            }
        }
        if (printed == null || !printed.equals(encoded)) {
            return new Unreadable(ScanKind.ID_CARD_FRONT, "birthDate");
        }
        String name = ScanText.cjk(ScanText.after(lines, "姓名"));
        String sexLine = ScanText.after(lines, "性别");
        String sex = sexLine.startsWith("男") ? "男" : sexLine.startsWith("女") ? "女" : "";
        String ethnicity = ScanText.cjk(ScanText.after(lines, "民族"));
        return new IdCardFront(name, sex, ethnicity, printed, address(lines), number);
    }

    static ScanReading back(String text) {
        List<String> lines = ScanText.lines(text);
        String authority = ScanText.cjk(ScanText.after(lines, "签发机关"));
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

    /** The first candidate with a right check character; the engine's usual confusions of letters for digits undone. */
    private static String idNumber(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = ScanText.digits(lines.get(i).replace("公民身份号码", ""));
            Matcher m = NUMBER.matcher(line.replace('x', 'X').replace('×', 'X'));
            while (m.find()) {
                if (ResidentIdNumber.isValid(m.group())) {
                    return m.group();
                }
            }
        }
        return null;
    }

    /** 住址 and its continuation lines, up to the number's line. */
    private static String address(List<String> lines) {
        StringBuilder address = new StringBuilder();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith("住址")) {
                inside = true;
                address.append(line.substring(2));
            } else if (inside && (line.contains("公民") || line.contains("号码") || NUMBER.matcher(
                    ScanText.digits(line)).find())) {
                break;
            } else if (inside) {
                address.append(line);
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
