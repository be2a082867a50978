package com.certhall.documents.pdf;

import com.certhall.documents.ApplicationFormData;
import com.certhall.documents.ApplicationForms;
import com.certhall.documents.AuthorizationLetterData;
import com.certhall.documents.DocumentContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** {@link ApplicationForms} drawn with PDFBox on A4 with the shipped Noto Sans SC font. */
@Service
class PdfApplicationForms implements ApplicationForms {

    private final FormFont font;
    private final MessageSource messages;

    PdfApplicationForms(FormFont font, MessageSource messages) {
        this.font = font;
        this.messages = messages;
    }

    @Override
    public DocumentContent applicationForm(ApplicationFormData data, Locale locale) {
        FormTexts texts = new FormTexts(messages, locale);
        boolean personal = data.applicantType() == ApplicationFormData.ApplicantType.PERSONAL;
        String title = texts.get(personal ? "applicationForm.personalTitle" : "applicationForm.title");
        byte[] pdf = render(title, data.orderNumber(), texts,
                sheet -> new ApplicationFormLayout(sheet, texts).draw(data));
        return new DocumentContent(texts.get("applicationForm.fileName", data.orderNumber()), "application/pdf", pdf);
    }

    @Override
    public DocumentContent authorizationLetter(AuthorizationLetterData data, Locale locale) {
        FormTexts texts = new FormTexts(messages, locale);
        String title = texts.get("authorization.title");
        byte[] pdf = render(title, data.orderNumber(), texts,
                sheet -> new AuthorizationLetterLayout(sheet, texts).draw(data));
        return new DocumentContent(texts.get("authorization.fileName", data.orderNumber()), "application/pdf", pdf);
    }

    private byte[] render(String title, String orderNumber, FormTexts texts, Drawing drawing) {
        try (PDDocument document = new PDDocument()) {
            PdfSheet sheet = new PdfSheet(document, font.embedInto(document));
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title + " " + orderNumber);
            info.setCreator("CertHall");
            drawing.draw(sheet);
            return sheet.finish(FormHeader.footer(texts, title, orderNumber));
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + title + " failed", e);
        }
    }

    @FunctionalInterface
    private interface Drawing {

        void draw(PdfSheet sheet) throws IOException;
    }
}
