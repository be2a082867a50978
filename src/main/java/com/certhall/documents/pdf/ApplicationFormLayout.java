package com.certhall.documents.pdf;

import com.certhall.documents.ApplicationFormData;
import com.certhall.documents.ApplicationFormData.ApplicantType;
import com.certhall.documents.ApplicationFormData.Delivery;
import com.certhall.documents.ApplicationFormData.DeliveryMethod;
import com.certhall.documents.ApplicationFormData.Invoice;
import com.certhall.documents.ApplicationFormData.Organisation;
import com.certhall.documents.ApplicationFormData.Person;
import com.certhall.documents.ApplicationFormData.ProductLine;
import com.certhall.documents.pdf.PdfSheet.Cell;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The 数字证书申请表: applicant, people, products, invoice, delivery, declaration and signature boxes. */
final class ApplicationFormLayout {

    private static final float LABEL = 0.18f;
    private static final float HALF_VALUE = 0.32f;
    private static final float WIDE_VALUE = 1f - LABEL;
    private static final float[] PRODUCT_COLUMNS = {0.35f, 0.11f, 0.15f, 0.09f, 0.10f, 0.20f};

    private final PdfSheet sheet;
    private final FormTexts texts;

    ApplicationFormLayout(PdfSheet sheet, FormTexts texts) {
        this.sheet = sheet;
        this.texts = texts;
    }

    void draw(ApplicationFormData data) throws IOException {
        boolean personal = data.applicantType() == ApplicantType.PERSONAL;
        FormHeader.draw(sheet, texts, texts.get(personal ? "applicationForm.personalTitle" : "applicationForm.title"),
                data.channelName(), data.orderNumber(), data.statusUrl(), texts.date(data.date()));
        if (personal) {
            contactPerson("section.applicant", data.handler());
        } else {
            organisation(requireNonNull(data.organisation()));
            legalRepresentative(requireNonNull(data.legalRepresentative()));
            contactPerson("section.handler", data.handler());
        }
        products(data.products(), data.totalFen());
        invoice(data.invoice());
        delivery(data.delivery());
        sheet.gap(8);
        sheet.paragraph(texts.get(personal ? "declaration.personal" : "declaration.organisation"), 9.5f);
        sheet.gap(8);
        List<String> signers = personal ? List.of(texts.get("sign.applicant"))
                : List.of(texts.get("sign.stamp"), texts.get("sign.legalRep"), texts.get("sign.handler"));
        sheet.signatureBoxes(signers, texts.get("sign.date"), 72);
    }

    private void organisation(Organisation organisation) throws IOException {
        section("section.organisation");
        pair("organisation.name", organisation.name(), "organisation.uscc", organisation.uscc());
        wide("organisation.address", organisation.address());
    }

    private void legalRepresentative(Person person) throws IOException {
        section("section.legalRep");
        pair("person.name", person.name(), "person.idType", person.idType());
        pair("person.idNumber", person.idNumber(), "person.mobile", person.mobile());
    }

    private void contactPerson(String sectionKey, Person person) throws IOException {
        section(sectionKey);
        pair("person.name", person.name(), "person.idType", person.idType());
        pair("person.idNumber", person.idNumber(), "person.mobile", person.mobile());
        pair("person.email", person.email(), "person.department", person.department());
        wide("person.address", person.address());
    }

    private void products(List<ProductLine> products, long totalFen) throws IOException {
        section("section.products");
        String[] headers = {"product.type", "product.medium", "product.algorithm", "product.years",
                "product.quantity", "product.amount"};
        List<Cell> header = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            header.add(Cell.column(texts.get(headers[i]), PRODUCT_COLUMNS[i], true));
        }
        sheet.row(header);
        for (ProductLine line : products) {
            String[] values = {line.certificateType(), texts.translated("medium", line.medium()), line.algorithm(),
                    texts.get("product.yearsValue", line.years()), Integer.toString(line.quantity()),
                    FormTexts.yuan(line.amountFen())};
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                cells.add(Cell.column(FormTexts.orDash(values[i]), PRODUCT_COLUMNS[i], false));
            }
            if (!sheet.fits(sheet.rowHeight(cells))) {
                // a table continued on a new page repeats its column headings
                sheet.newPage();
                sheet.row(header);
            }
            sheet.row(cells);
        }
        float labelShare = 1f - PRODUCT_COLUMNS[PRODUCT_COLUMNS.length - 1];
        sheet.row(List.of(Cell.label(texts.get("product.total"), labelShare),
                Cell.column(FormTexts.yuan(totalFen), PRODUCT_COLUMNS[PRODUCT_COLUMNS.length - 1], false)));
    }

    private void invoice(@Nullable Invoice invoice) throws IOException {
        section("section.invoice");
        if (invoice == null) {
            wide("invoice.wanted", texts.get("invoice.none"));
            return;
        }
        wide("invoice.title", invoice.title());
        pair("invoice.taxNumber", invoice.taxNumber(), "invoice.phone", invoice.phone());
        wide("invoice.address", invoice.address());
        pair("invoice.bank", invoice.bank(), "invoice.account", invoice.account());
    }

    private void delivery(Delivery delivery) throws IOException {
        String method = texts.get("delivery." + delivery.method().name());
        if (delivery.method() != DeliveryMethod.MAIL) {
            section("section.delivery");
            wide("delivery.method", method);
            return;
        }
        heading(texts.get("section.deliveryBy", method));
        pair("delivery.recipient", delivery.recipient(), "delivery.mobile", delivery.mobile());
        wide("delivery.address", delivery.address());
    }

    private void section(String key) throws IOException {
        heading(texts.get(key));
    }

    private void heading(String text) throws IOException {
        sheet.gap(3);
        // keep a heading with at least its first row
        sheet.ensureSpace(2 * PdfSheet.MIN_ROW + 4);
        sheet.row(List.of(Cell.heading(text)));
    }

    private void pair(String label1, String value1, String label2, String value2) throws IOException {
        sheet.row(List.of(Cell.label(texts.get(label1), LABEL), Cell.value(FormTexts.orDash(value1), HALF_VALUE),
                Cell.label(texts.get(label2), LABEL), Cell.value(FormTexts.orDash(value2), HALF_VALUE)));
    }

    private void wide(String label, String value) throws IOException {
        sheet.row(List.of(Cell.label(texts.get(label), LABEL), Cell.value(FormTexts.orDash(value), WIDE_VALUE)));
    }

    private static <T> T requireNonNull(@Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException("organisation forms carry organisation and legal representative");
        }
        return value;
    }
}
