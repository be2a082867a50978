package com.certhall.invoicing.domain;

/**
 * An amount in fen written in Chinese capitals (大写) as an invoice's 价税合计 shows it, following the rules for
 * financial figures (会计基础工作规范 art. 52): 壹贰叁肆伍陆柒捌玖 with 拾佰仟, sections 万 and 亿, the unit 圆;
 * 整 after 圆 or 角 when there are no 分, never after 分; one 零 for any run of zeros inside the number (also across
 * an empty 万 section); 零 between 圆 and 分 when 角 is zero; no 零 between 圆 and 角 (the rule allows either, and
 * invoices omit it); a leading ten written 壹拾. A negative amount (a red invoice) starts with 负. docs/invoicing.md.
 */
public final class ChineseAmount {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿", "万亿"};
    /** The largest amount written: four sections of four digits of yuan (under 一万万亿圆), in fen. */
    static final long MAX_FEN = 999_999_999_999_999_999L;

    private ChineseAmount() {
    }

    public static String of(long fen) {
        if (fen < 0) {
            return "负" + of(-fen);
        }
        if (fen > MAX_FEN) {
            throw new IllegalArgumentException("amount too large for 大写: " + fen);
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            out.append(yuan(yuan)).append('圆');
        }
        if (jiao == 0 && cents == 0) {
            return (yuan == 0 ? "零圆" : out.toString()) + "整";
        }
        if (jiao > 0) {
            out.append(DIGITS[jiao]).append('角');
            return cents == 0 ? out.append('整').toString() : out.append(DIGITS[cents]).append('分').toString();
        }
        if (yuan > 0) {
            out.append('零');
        }
        return out.append(DIGITS[cents]).append('分').toString();
    }

    private static String yuan(long value) {
        StringBuilder out = new StringBuilder();
        boolean zeroBefore = false;
        for (int s = SECTIONS.length - 1; s >= 0; s--) {
            int section = (int) (value / pow10000(s) % 10_000);
            if (section == 0) {
                zeroBefore = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (zeroBefore || section < 1000)) {
                out.append('零');
            }
            out.append(section(section)).append(SECTIONS[s]);
            zeroBefore = false;
        }
        return out.toString();
    }

    private static String section(int value) {
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        for (int place = 3; place >= 0; place--) {
            int digit = value / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                zeroPending = out.length() > 0;
                continue;
            }
            if (zeroPending) {
                out.append('零');
                zeroPending = false;
            }
            out.append(DIGITS[digit]).append(PLACES[place]);
        }
        return out.toString();
    }

    private static long pow10000(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10_000;
        }
        return result;
    }
}
