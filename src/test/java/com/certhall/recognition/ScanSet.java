package com.certhall.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The labelled set of generated photos: ID card fronts, backs and business licences of made-up people and firms,
 * each with the reading it should give, shot at varied angles, shear, blur and noise. The same seed gives the same
 * set; the suite reads a few, bench/ocr.sh all (docs/benchmarks.md).
 */
public final class ScanSet {

    private static final String[] FAMILY = {"林", "周", "陈", "赵", "孙", "吴", "郑", "何", "罗", "谢", "唐", "韩"};
    private static final String[] GIVEN = {"晓雨", "启明", "子涵", "雅琴", "文博", "思远", "佳怡", "浩然", "静", "磊",
        "一帆", "欣妍"};
    private static final String[] CITY = {"浙江省杭州市西湖区文三路", "江苏省南京市鼓楼区中山北路", "四川省成都市武侯区人民南路",
        "湖北省武汉市洪山区珞喻路", "广东省广州市天河区天河路", "山东省济南市历下区泉城路"};
    private static final String[] AREA = {"330106", "320106", "510107", "420111", "440106", "370102"};
    private static final String[] FIRM = {"青禾数码科技", "远帆物流", "和光建筑设计", "云杉软件", "明川商贸", "星桥信息技术"};
    private static final String ETHNIC = "汉汉汉汉回满壮苗";

    private ScanSet() {
    }

    /** One photo and what it should read as. */
    public record Case(ScanKind kind, byte[] photo, ScanReading expected, ScanSamples.Shot shot) {
    }

    /** {@code perKind} cases of each kind. */
    public static List<Case> cases(int perKind, long seed) {
        Random r = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            int city = r.nextInt(CITY.length);
            LocalDate birth = LocalDate.of(1960 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String name = FAMILY[r.nextInt(FAMILY.length)] + GIVEN[r.nextInt(GIVEN.length)];
            String sex = r.nextBoolean() ? "男" : "女";
            String ethnicity = String.valueOf(ETHNIC.charAt(r.nextInt(ETHNIC.length())));
            String street = (1 + r.nextInt(300)) + "号" + (1 + r.nextInt(9)) + "幢" + (101 + r.nextInt(1500)) + "室";
            String number = ScanSamples.idNumber(AREA[city], birth, r.nextInt(1000));
            ScanSamples.Shot front = shot(r);
            cases.add(new Case(ScanKind.ID_CARD_FRONT, ScanSamples.idFront(new ScanSamples.Person(name, sex, ethnicity,
                    birth, CITY[city], street, number), front), new IdCardFront(name, sex, ethnicity, birth,
                    CITY[city] + street, number), front));
            LocalDate from = LocalDate.of(2010 + r.nextInt(15), 1 + r.nextInt(12), 1 + r.nextInt(28));
            LocalDate until = r.nextInt(5) == 0 ? null : from.plusYears(r.nextBoolean() ? 10 : 20);
            String authority = CITY[city].substring(3, 6) + "公安局" + CITY[city].substring(6, 9) + "分局";
            ScanSamples.Shot back = shot(r);
            cases.add(new Case(ScanKind.ID_CARD_BACK, ScanSamples.idBack(authority, from, until, back),
                    new IdCardBack(authority, from, until), back));
            String uscc = ScanSamples.uscc("91" + AREA[city] + "MA" + code(r, 7));
            String firm = CITY[city].substring(3, 5) + FIRM[r.nextInt(FIRM.length)] + "有限公司";
            String legalRep = FAMILY[r.nextInt(FAMILY.length)] + GIVEN[r.nextInt(GIVEN.length)];
            String address = CITY[city] + (1 + r.nextInt(300)) + "号";
            ScanSamples.Shot sheet = shot(r);
            cases.add(new Case(ScanKind.BUSINESS_LICENCE, ScanSamples.licence(uscc, firm, legalRep, address, sheet),
                    new LicenceReading(uscc, firm, legalRep, address), sheet));
        }
        return cases;
    }

    private static ScanSamples.Shot shot(Random r) {
        return new ScanSamples.Shot(Math.round((r.nextDouble() * 16 - 8) * 10) / 10.0, r.nextDouble() * 0.04,
                8 + r.nextInt(16), r.nextBoolean(), r.nextLong());
    }

    private static String code(Random r, int length) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
