package com.certhall.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.recognition.IdCardBack;
import com.certhall.recognition.IdCardFront;
import com.certhall.recognition.LicenceReading;
import com.certhall.recognition.ScanSamples;
import com.certhall.recognition.Unreadable;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The parsers on engine text as Tesseract gives it (spaces between characters, letters for digits). */
class ScanTextTests {

    private static final String NUMBER = ScanSamples.idNumber("110108", LocalDate.of(1990, 3, 7), 1);

    private static String front(String number, String birth) {
        return "姓 名 林 晓 雨\n性别 女 民族 汉\n出生 " + birth + "\n住址 北京市海淀区中关村南大街\n27号1栋302室\n"
                + "公民身份号码 " + number + "\n";
    }

    @Test
    void readsTheFrontWhenNumberAndBirthDateAgree() {
        assertThat(IdCardText.front(front(NUMBER, "1990年3月7日"))).isEqualTo(new IdCardFront("林晓雨", "女", "汉",
                LocalDate.of(1990, 3, 7), "北京市海淀区中关村南大街27号1栋302室", NUMBER));
    }

    @Test
    void undoesLettersReadForDigits() {
        String misread = NUMBER.replace('0', 'O').replace('1', 'l');
        assertThat(IdCardText.front(front(misread, "199O年3月7日"))).isInstanceOf(IdCardFront.class)
                .extracting("idNumber").isEqualTo(NUMBER);
    }

    @Test
    void discardsTheFrontWhenTheCheckCharacterIsWrong() {
        assertThat(IdCardText.front(front(ScanSamples.wrongCheck(NUMBER), "1990年3月7日")))
                .isEqualTo(new Unreadable(com.certhall.recognition.ScanKind.ID_CARD_FRONT, "idNumber"));
    }

    @Test
    void discardsTheFrontWhenThePrintedBirthDateIsAnother() {
        assertThat(IdCardText.front(front(NUMBER, "1990年8月7日")))
                .isEqualTo(new Unreadable(com.certhall.recognition.ScanKind.ID_CARD_FRONT, "birthDate"));
        assertThat(IdCardText.front("姓名 林晓雨\n公民身份号码 " + NUMBER))
                .isEqualTo(new Unreadable(com.certhall.recognition.ScanKind.ID_CARD_FRONT, "birthDate"));
    }

    @Test
    void readsTheBackWithAnEndDateOrForLife() {
        assertThat(IdCardText.back("中华人民共和国\n居民身份证\n签发机关 北京市公安局海淀分局\n有效期限 2015.03.07-2035.03.07"))
                .isEqualTo(new IdCardBack("北京市公安局海淀分局", LocalDate.of(2015, 3, 7), LocalDate.of(2035, 3, 7)));
        IdCardBack forLife = (IdCardBack) IdCardText.back("签发机关 上海市公安局\n有效期限 2010.01.02-长期");
        assertThat(forLife.validUntil()).isNull();
        assertThat(forLife.expiredOn(LocalDate.of(2090, 1, 1))).isFalse();
        assertThat(IdCardText.back("签发机关 上海市公安局\n有效期限 2010.01.02-2020.01.02")).isInstanceOf(IdCardBack.class)
                .matches(b -> ((IdCardBack) b).expiredOn(LocalDate.of(2026, 12, 5)));
        assertThat(IdCardText.back("有效期限 2010.01.02-2020.01.02")).isInstanceOf(Unreadable.class);
    }

    @Test
    void readsALicenceAndTakesLookAlikeLettersForTheCodesCharacters() {
        String uscc = ScanSamples.uscc("91110108MA01C2R5D");
        String text = "营业执照\n统一社会信用代码 " + uscc.replace('0', 'O').replace('1', 'I').replace('5', 'S')
                + "\n名称 北京青禾数码科技有限公司\n类型 有限责任公司\n法定代表人 周 启 明\n住所 北京市朝阳区望京街9号";
        assertThat(LicenceText.read(text)).isEqualTo(new LicenceReading(uscc, "北京青禾数码科技有限公司", "周启明",
                "北京市朝阳区望京街9号"));
    }

    @Test
    void discardsALicenceWhoseCodeHasAWrongCheckCharacter() {
        String uscc = ScanSamples.uscc("91110108MA01C2R5D");
        String wrong = uscc.substring(0, 17) + (uscc.charAt(17) == '1' ? '2' : '1');
        assertThat(LicenceText.read("统一社会信用代码 " + wrong + "\n名称 北京青禾数码科技有限公司"))
                .isInstanceOf(Unreadable.class).extracting("why").isEqualTo("uscc");
    }
}
