package com.certhall.documents.pdf;

import java.io.IOException;

/** The top of every form: title, channel, QR code to the order's status page, order number and date. */
final class FormHeader {

    static final float QR_SIZE = 58f;

    private FormHeader() {
    }

    static void draw(PdfSheet sheet, FormTexts texts, String title, String channelName, String orderNumber,
            String statusUrl, String date) throws IOException {
        float top = sheet.y();
        float qrX = PdfSheet.pageWidth() - PdfSheet.MARGIN - QR_SIZE;
        QrCode.draw(sheet.content(), statusUrl, qrX, top - QR_SIZE, QR_SIZE);
        String caption = texts.get("qrCaption");
        float captionWidth = sheet.wrapper().width(caption, 7);
        sheet.text(caption, qrX + (QR_SIZE - captionWidth) / 2, top - QR_SIZE - 9, 7);

        sheet.gap(4);
        sheet.centered(title, 19);
        sheet.gap(4);
        if (!channelName.isEmpty()) {
            sheet.centered(channelName, 11.5f);
        }
        sheet.moveTo(Math.min(sheet.y(), top - QR_SIZE - 12));
        sheet.gap(10);
        String reference = texts.get("orderLine", orderNumber);
        String filled = texts.get("dateLine", date);
        sheet.text(reference, PdfSheet.MARGIN, sheet.y(), 9.5f);
        sheet.text(filled, PdfSheet.pageWidth() - PdfSheet.MARGIN - sheet.wrapper().width(filled, 9.5f), sheet.y(),
                9.5f);
        sheet.gap(8);
    }

    static PdfSheet.Footer footer(FormTexts texts, String title, String orderNumber) {
        return new PdfSheet.Footer() {
            @Override
            public String left() {
                return title + " · " + orderNumber;
            }

            @Override
            public String pageLabel(int page, int pages) {
                return texts.get("page", page, pages);
            }
        };
    }
}
