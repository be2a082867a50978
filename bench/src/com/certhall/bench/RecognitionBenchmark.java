package com.certhall.bench;

import com.certhall.recognition.IdCardBack;
import com.certhall.recognition.IdCardFront;
import com.certhall.recognition.LicenceReading;
import com.certhall.recognition.ScanReading;
import com.certhall.recognition.ScanSet;
import com.certhall.recognition.domain.RecognitionService;
import com.certhall.recognition.tesseract.TesseractCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads the labelled set of generated photos (the tests' {@code ScanSet}) with Tesseract and writes the shares read
 * exactly and the seconds per image to a Markdown file (docs/benchmarks.md). Not a test. Arguments: output file,
 * cases per kind, seed.
 */
public final class RecognitionBenchmark {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/recognition-benchmark.md");
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261205L;
        RecognitionService recognition = new RecognitionService(List.of(new TesseractCli("tesseract", "chi_sim",
                "HanS", Duration.ofSeconds(30), 1, "tesseract")), null);
        if (!recognition.enabled()) {
            throw new IllegalStateException("tesseract with chi_sim is not installed");
        }
        int[] total = new int[3];
        int[] read = new int[3];
        int idExact = 0;
        int idWrong = 0;
        int nameExact = 0;
        int addressExact = 0;
        int backExact = 0;
        int usccExact = 0;
        int usccWrong = 0;
        int firmExact = 0;
        int repExact = 0;
        long nanos = 0;
        int images = 0;
        StringBuilder misses = new StringBuilder();
        for (ScanSet.Case c : ScanSet.cases(perKind, seed)) {
            long start = System.nanoTime();
            ScanReading got = recognition.read(c.kind(), c.photo());
            nanos += System.nanoTime() - start;
            images++;
            int k = c.kind().ordinal();
            total[k]++;
            read[k] += got.readable() ? 1 : 0;
            if (!got.equals(c.expected())) {
                misses.append("- ").append(c.kind()).append(' ').append(c.shot()).append(": ").append(describe(got))
                        .append('\n');
            }
            if (c.expected() instanceof IdCardFront e) {
                if (got instanceof IdCardFront g) {
                    idExact += g.idNumber().equals(e.idNumber()) ? 1 : 0;
                    idWrong += g.idNumber().equals(e.idNumber()) ? 0 : 1;
                    nameExact += g.name().equals(e.name()) ? 1 : 0;
                    addressExact += g.address().equals(e.address()) ? 1 : 0;
                }
            } else if (c.expected() instanceof IdCardBack e) {
                backExact += got.equals(e) ? 1 : 0;
            } else if (c.expected() instanceof LicenceReading e && got instanceof LicenceReading g) {
                usccExact += g.uscc().equals(e.uscc()) ? 1 : 0;
                usccWrong += g.uscc().equals(e.uscc()) ? 0 : 1;
                firmExact += g.name().equals(e.name()) ? 1 : 0;
                repExact += g.legalRep().equals(e.legalRep()) ? 1 : 0;
            }
        }
        int fronts = total[0];
        int licences = total[2];
        String table = "| measure | result |\n|---|---|\n"
                + row("ID numbers read exactly", idExact, fronts)
                + "| ID numbers read wrong and accepted | " + idWrong + " |\n"
                + row("names read exactly", nameExact, fronts)
                + row("addresses read exactly", addressExact, fronts)
                + row("backs (authority and validity) read exactly", backExact, total[1])
                + row("USCCs read exactly", usccExact, licences)
                + "| USCCs read wrong and accepted | " + usccWrong + " |\n"
                + row("licence names read exactly", firmExact, licences)
                + row("legal representatives read exactly", repExact, licences)
                + String.format("| seconds per image (mean, preparation + engine) | %.2f |%n", nanos / 1e9 / images);
        String report = table + "\nRun on " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs, " + images + " images (" + perKind + " per kind, seed " + seed + ").\n\nMisses:\n\n"
                + misses;
        Files.createDirectories(Objects.requireNonNull(out.toAbsolutePath().getParent()));
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static String row(String what, int hits, int of) {
        return String.format("| %s | %d / %d (%.0f %%) |%n", what, hits, of, of == 0 ? 0.0 : 100.0 * hits / of);
    }

    private static String describe(ScanReading r) {
        if (r instanceof IdCardFront f) {
            return "front " + f.name() + "/" + f.sex() + "/" + f.ethnicity() + "/" + f.address() + "/"
                    + (f.idNumber().isEmpty() ? "" : "number read");
        }
        return r instanceof LicenceReading l ? "licence " + l.name() + "/" + l.legalRep() + "/" + l.address()
                : r.toString();
    }
}
