package com.certhall.recognition.domain;

import com.certhall.recognition.LicenceReading;
import com.certhall.recognition.ScanKind;
import com.certhall.recognition.ScanReading;
import com.certhall.recognition.Unreadable;
import com.certhall.shared.Uscc;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a business licence in an engine's text. The unified social credit code's alphabet (GB 32100-2015)
 * leaves out I, O, Z, S and V precisely because they look like digits, so reading them back as 1, 0, 2, 5 and U
 * loses nothing; a code is kept only with a right check character, and without one the reading is discarded.
 */
final class LicenceText {

    private static final Pattern CODE = Pattern.compile("[0-9A-HJ-NP-RTUWXY]{18}");

    private LicenceText() {
    }

    static ScanReading read(String text) {
        List<String> lines = ScanText.lines(text);
        String uscc = null;
        for (String line : lines) {
            String candidate = line.replace("统一社会信用代码", "").toUpperCase()
                    .replace('I', '1').replace('O', '0').replace('Z', '2').replace('S', '5').replace('V', 'U');
            Matcher m = CODE.matcher(candidate);
            while (m.find() && uscc == null) {
                if (Uscc.isValid(m.group())) {
                    uscc = m.group();
                }
            }
            if (uscc != null) {
                break;
            }
        }
        if (uscc == null) {
            return new Unreadable(ScanKind.BUSINESS_LICENCE, "uscc");
        }
        String name = ScanText.nameText(ScanText.after(lines, "名称"));
        String legalRep = ScanText.cjk(first(ScanText.after(lines, "法定代表人"), ScanText.after(lines, "负责人"),
                ScanText.after(lines, "经营者")));
        String address = ScanText.addressText(first(ScanText.after(lines, "住所"), ScanText.after(lines, "经营场所")));
        return new LicenceReading(uscc, name, legalRep, address);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
