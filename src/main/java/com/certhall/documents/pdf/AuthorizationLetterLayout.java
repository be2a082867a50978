package com.certhall.documents.pdf;

import com.certhall.documents.ApplicationFormData.Person;
import com.certhall.documents.AuthorizationLetterData;
import com.certhall.documents.pdf.PdfSheet.Cell;
import java.io.IOException;
import java.util.List;

/** The 授权委托书: the organisation, through its legal representative, authorizes the handler for one order. */
final class AuthorizationLetterLayout {

    private static final float LABEL = 0.18f;
    private static final float HALF_VALUE = 0.32f;

    private final PdfSheet sheet;
    private final FormTexts texts;

    AuthorizationLetterLayout(PdfSheet sheet, FormTexts texts) {
        this.sheet = sheet;
        this.texts = texts;
    }

    void draw(AuthorizationLetterData data) throws IOException {
        FormHeader.draw(sheet, texts, texts.get("authorization.title"), data.channelName(), data.orderNumber(),
                data.statusUrl(), texts.date(data.date()));
        section("authorization.principal");
        pair("organisation.name", data.organisation().name(), "organisation.uscc", data.organisation().uscc());
        sheet.row(List.of(Cell.label(texts.get("organisation.address"), LABEL),
                Cell.value(FormTexts.orDash(data.organisation().address()), 1 - LABEL)));
        section("section.legalRep");
        person(data.legalRepresentative());
        section("authorization.agent");
        person(data.handler());
        sheet.gap(10);
        String channel = data.channelName().isEmpty() ? texts.get("authorization.anyChannel") : data.channelName();
        sheet.paragraph(texts.get("authorization.body", data.organisation().name(),
                data.legalRepresentative().name(), data.handler().name(), channel, data.orderNumber()), 10);
        sheet.gap(8);
        sheet.paragraph(texts.get("authorization.matters") + "\n" + matters(data.certificates()) + "\n"
                + texts.get("authorization.term") + "\n" + texts.get("authorization.noSubdelegation"), 10);
        sheet.gap(10);
        // room for a 42 mm organisation seal
        sheet.signatureBoxes(List.of(texts.get("sign.principalStamp"), texts.get("sign.legalRep"),
                texts.get("sign.agent")), texts.get("sign.date"), 130);
    }

    private String matters(List<String> certificates) {
        if (certificates.isEmpty()) {
            return "  " + texts.get("authorization.allCertificates");
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < certificates.size(); i++) {
            lines.append(i == 0 ? "" : "\n").append("  ").append(i + 1).append(". ").append(certificates.get(i));
        }
        return lines.toString();
    }

    private void person(Person person) throws IOException {
        pair("person.name", person.name(), "person.idType", person.idType());
        pair("person.idNumber", person.idNumber(), "person.mobile", person.mobile());
    }

    private void section(String key) throws IOException {
        sheet.gap(4);
        sheet.ensureSpace(2 * PdfSheet.MIN_ROW + 4);
        sheet.row(List.of(Cell.heading(texts.get(key))));
    }

    private void pair(String label1, String value1, String label2, String value2) throws IOException {
        sheet.row(List.of(Cell.label(texts.get(label1), LABEL), Cell.value(FormTexts.orDash(value1), HALF_VALUE),
                Cell.label(texts.get(label2), LABEL), Cell.value(FormTexts.orDash(value2), HALF_VALUE)));
    }
}
