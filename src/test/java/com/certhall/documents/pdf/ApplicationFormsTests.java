package com.certhall.documents.pdf;

import com.certhall.documents.ApplicationFormData;
import com.certhall.documents.ApplicationFormData.ProductLine;
import com.certhall.documents.DocumentContent;
import com.certhall.documents.FormSamples;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed forms carry the labels and every value entered, in Chinese (or English), with the font embedded and a
 * scannable QR code. Page 1 of each is rendered to {@code target/screenshots/} for a look.
 */
class ApplicationFormsTests {

    static PdfApplicationForms forms;

    @BeforeAll
    static void forms() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/documents");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        forms = new PdfApplicationForms(new FormFont(), messages);
    }

    @Test
    void organisationFormShowsEveryEnteredValueUnderChineseLabels() throws IOException {
        ApplicationFormData data = FormSamples.organisationForm();

        DocumentContent pdf = forms.applicationForm(data, Locale.SIMPLIFIED_CHINESE);

        BufferedImage page = render(pdf, "application-form-organisation");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).isEqualTo("数字证书申请表-CH20261121000123.pdf");
        String text = compact(text(pdf));
        assertThat(text).contains("数字证书申请表", "省级电子政务数字证书互联互通项目", "业务单号：CH20261121000123",
                "填表日期：2026年11月21日", "申请单位信息", "单位名称", "统一社会信用代码", "法定代表人信息",
                "经办人信息", "证件号码", "手机号码", "电子邮箱", "所在部门", "申请证书", "密钥算法", "发票信息",
                "纳税人识别号", "开户银行", "银行账号", "证书介质领取方式", "申请声明", "申请单位（盖章）",
                "法定代表人（签字）", "经办人（签字）", "第1页，共1页");
        assertThat(text).contains(compact(data.organisation().name()), "91350100M000100Y43",
                compact(data.organisation().address()), "林建国", "350102198001011234", "13905910001", "陈晓梅",
                "35010219900202002X", "13805910002", "chenxm@example.com", "信息技术部", "机构证书",
                "机构个人证书（法定代表人）", "SM2", "RSA-2048", "2年", "600.00", "360.00", "960.00",
                "中国工商银行福州鼓楼支行", "1402023009000123456", "0591-87654321", "证书介质领取方式：邮寄", "收件人");
        assertThat(pageCount(pdf)).isEqualTo(1);
        assertThat(decodeQr(page)).isEqualTo(FormSamples.STATUS_URL);
    }

    @Test
    void personalFormHasTheApplicantAndNoOrganisation() throws IOException {
        DocumentContent pdf = forms.applicationForm(FormSamples.personalForm(), Locale.SIMPLIFIED_CHINESE);

        String text = compact(text(pdf));
        assertThat(text).contains("数字证书申请表（个人）", "申请人信息", "王小明", "110101199003077777", "13700000003",
                "个人证书", "云证书", "100.00", "不开具发票", "无需寄送（云证书）", "申请人（签字）", "本人承诺");
        assertThat(text).doesNotContain("申请单位信息", "法定代表人", "统一社会信用代码");
        assertThat(decodeQr(render(pdf, "application-form-personal"))).isEqualTo(FormSamples.STATUS_URL);
    }

    @Test
    void authorizationLetterNamesTheLegalRepresentativeTheHandlerAndTheOrder() throws IOException {
        DocumentContent pdf = forms.authorizationLetter(FormSamples.authorizationLetter(), Locale.SIMPLIFIED_CHINESE);

        assertThat(pdf.fileName()).isEqualTo("授权委托书-CH20261121000123.pdf");
        String text = compact(text(pdf));
        assertThat(text).contains("授权委托书", "委托单位", "受托人（经办人）", "福州市鼓楼区示例网络科技有限公司",
                "91350100M000100Y43", "林建国", "350102198001011234", "陈晓梅", "35010219900202002X",
                "兹有福州市鼓楼区示例网络科技有限公司法定代表人林建国，授权陈晓梅作为本单位经办人",
                "业务单号：CH20261121000123", "委托事项", "机构证书（UKEY，SM2，2年）×1", "委托期限", "受托人无转委托权",
                "委托单位（盖章）", "法定代表人（签字）", "受托人（签字）");
        assertThat(decodeQr(render(pdf, "authorization-letter"))).isEqualTo(FormSamples.STATUS_URL);
    }

    @Test
    void speaksEnglishToAnEnglishApplicant() throws IOException {
        DocumentContent pdf = forms.applicationForm(FormSamples.organisationForm(), Locale.ENGLISH);

        render(pdf, "application-form-english");
        assertThat(pdf.fileName()).isEqualTo("application-form-CH20261121000123.pdf");
        String text = text(pdf);
        assertThat(text).contains("Digital Certificate Application Form", "Order No.: CH20261121000123",
                "Date: 21 November 2026", "Social credit code", "Legal representative", "Handler",
                "Key algorithm", "Page 1 of 1");
        // what the applicant typed stays as typed
        assertThat(compact(text)).contains("林建国", "91350100M000100Y43");
    }

    @Test
    void embedsASubsetOfTheShippedFont() throws IOException {
        DocumentContent pdf = forms.applicationForm(FormSamples.organisationForm(), Locale.SIMPLIFIED_CHINESE);

        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            var resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            });
        }
        assertThat(pdf.size()).isLessThan(400_000);
    }

    @Test
    void wrapsLongValuesAndFlowsOntoMorePages() throws IOException {
        ApplicationFormData base = FormSamples.organisationForm();
        List<ProductLine> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(new ProductLine("机构证书第" + i + "号（用于电子招标投标交易平台的投标文件加密与签名）", "UKEY",
                    "SM2", 1, 1, 30000));
        }
        ApplicationFormData longForm = new ApplicationFormData(base.orderNumber(), base.channelName(),
                base.applicantType(), base.organisation(), base.legalRepresentative(), base.handler(), many,
                base.invoice(), base.delivery(), base.statusUrl(), base.date());

        DocumentContent pdf = forms.applicationForm(longForm, Locale.SIMPLIFIED_CHINESE);

        assertThat(pageCount(pdf)).isGreaterThan(1);
        String text = compact(text(pdf));
        assertThat(text).contains("机构证书第40号", "12000.00", "第2页，共");
        // the product table continues on a new page under repeated column headings
        assertThat(text.split("证书类型介质密钥算法有效期数量金额（元）", -1).length - 1).isGreaterThanOrEqualTo(2);
        assertThat(text).contains(compact(base.organisation().address()));
        render(pdf, "application-form-long");
        render(pdf, "application-form-long-last-page", pageCount(pdf) - 1);
    }

    @Test
    void printsAQuestionMarkForCharactersTheFontLacks() throws IOException {
        ApplicationFormData base = FormSamples.personalForm();
        ApplicationFormData odd = new ApplicationFormData(base.orderNumber(), base.channelName(),
                base.applicantType(), null, null, new ApplicationFormData.Person("王\uD83D\uDE00明", "居民身份证",
                "110101199003077777", "", "", "", ""), base.products(), null, base.delivery(), base.statusUrl(),
                base.date());

        assertThat(compact(text(forms.applicationForm(odd, Locale.SIMPLIFIED_CHINESE)))).contains("王?明");
    }

    static String text(DocumentContent pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Text without the spaces and line breaks that wrapping and extraction put in. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    static int pageCount(DocumentContent pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return document.getNumberOfPages();
        }
    }

    static BufferedImage render(DocumentContent pdf, String name) throws IOException {
        return render(pdf, name, 0);
    }

    static BufferedImage render(DocumentContent pdf, String name, int pageIndex) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(pageIndex, 110);
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(page, "png", dir.resolve(name + ".png").toFile());
            return page;
        }
    }

    static String decodeQr(BufferedImage page) {
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
        } catch (com.google.zxing.NotFoundException e) {
            throw new AssertionError("no QR code found on the rendered page", e);
        }
    }
}
