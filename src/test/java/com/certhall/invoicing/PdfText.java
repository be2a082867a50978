package com.certhall.invoicing;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The text poppler's {@code pdftotext} reads from a PDF, as a reader's tools would. Missing locally (and {@code CI}
 * unset) the test is skipped with a reason; in CI ({@code .ci/run} installs poppler-utils) it fails.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/pdftotext"))
                || Files.isExecutable(Path.of("/usr/local/bin/pdftotext"));
        if (!installed && System.getenv("CI") == null) {
            assumeThat(installed).as("pdftotext (poppler-utils) is not installed; CI installs it").isTrue();
        }
        try {
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-layout", "-", "-")
                    .redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(pdf);
            }
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("pdftotext failed: " + text);
            }
            // the embedded font's ligatures come out as one character: "ff" of a hex id in a name would not match
            return text.replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl")
                    .replace("\uFB03", "ffi").replace("\uFB04", "ffl");
        } catch (IOException e) {
            throw new AssertionError("cannot run pdftotext", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
