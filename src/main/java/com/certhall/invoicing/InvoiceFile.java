package com.certhall.invoicing;

/** A file of an issued invoice, named as the tax platform names them ({@code dzfp_<number>.pdf}). */
public record InvoiceFile(String name, String contentType, byte[] content) {
}
