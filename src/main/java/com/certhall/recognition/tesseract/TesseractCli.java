package com.certhall.recognition.tesseract;

import com.certhall.recognition.OcrEngine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tesseract 5 run as a process (docs/recognition.md says why not through JNA): the image goes to a temporary PNG,
 * the text comes back on standard output, no shell is involved, every run has a time limit and its temporary file
 * is deleted (public for bench/, which runs it without Spring). {@code OMP_THREAD_LIMIT=1} and a semaphore keep OCR from taking every core of the machine. When the
 * command or its Simplified Chinese model is missing, one log line says recognition is off.
 */
@Component
public class TesseractCli implements OcrEngine {

    private static final Logger log = LoggerFactory.getLogger(TesseractCli.class);

    private final String command;
    private final String languages;
    private final Duration timeout;
    private final Semaphore slots;
    private final boolean available;
    /** The model names are read again with: the Han script model where installed, else {@link #languages}. */
    private final String nameLanguages;

    public TesseractCli(@Value("${certhall.recognition.tesseract.command:tesseract}") String command,
            @Value("${certhall.recognition.tesseract.languages:chi_sim}") String languages,
            @Value("${certhall.recognition.tesseract.name-languages:HanS}") String nameLanguages,
            @Value("${certhall.recognition.tesseract.timeout:PT20S}") Duration timeout,
            @Value("${certhall.recognition.tesseract.parallel:1}") int parallel,
            @Value("${certhall.recognition.engine:tesseract}") String engine) {
        this.command = command;
        this.languages = languages;
        this.timeout = timeout;
        this.slots = new Semaphore(Math.max(1, parallel), true);
        List<String> installed = "tesseract".equals(engine) ? installed() : null;
        this.available = installed != null && missing(installed, languages) == null;
        if (installed != null && !available) {
            log.warn("Recognition is off: tesseract has no '{}' model (install tesseract-ocr-chi-sim)",
                    missing(installed, languages));
        }
        String namesMissing = available ? missing(installed, nameLanguages) : null;
        this.nameLanguages = namesMissing == null ? nameLanguages : languages;
        if (available) {
            log.info("Recognition uses tesseract ({}; names read again with {})", languages, this.nameLanguages);
        }
        if (namesMissing != null) {
            log.warn("Recognition reads names less well: tesseract has no '{}' model (install "
                    + "tesseract-ocr-script-hans); names are read again with {}", namesMissing, languages);
        }
    }

    /** The models tesseract lists, or null when it cannot be run. */
    private List<String> installed() {
        try {
            return run(List.of(command, "--list-langs"), Duration.ofSeconds(10)).lines().map(String::strip).toList();
        } catch (RuntimeException e) {
            log.warn("Recognition is off: '{}' cannot be run (install tesseract-ocr): {}", command, e.getMessage());
            return null;
        }
    }

    /** The first of the {@code +}-joined models that is not installed, or null. */
    private static String missing(List<String> installed, String models) {
        for (String model : models.split("\\+")) {
            if (!installed.contains(model)) {
                return model;
            }
        }
        return null;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public String text(BufferedImage prepared) {
        // --psm 6: one uniform block of text, which a cropped card or licence is once upright.
        return withImage(prepared, (file, base) -> run(List.of(command, file.toString(), "stdout", "-l", languages,
                "--psm", "6"), timeout));
    }

    @Override
    public Page page(BufferedImage prepared) {
        // One pass writes both the text and the words' boxes (tsv) beside the output base name.
        return withImage(prepared, (file, base) -> {
            run(List.of(command, file.toString(), base.toString(), "-l", languages, "--psm", "6", "txt", "tsv"),
                    timeout);
            try {
                return new Page(Files.readString(Path.of(base + ".txt"), StandardCharsets.UTF_8),
                        TesseractTsv.words(Files.readString(Path.of(base + ".tsv"), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new OcrFailedException("cannot read what tesseract wrote", e);
            }
        });
    }

    @Override
    public List<Word> line(BufferedImage strip) {
        // --psm 7: the image is one line of text.
        return withImage(strip, (file, base) -> TesseractTsv.words(run(List.of(command, file.toString(), "stdout",
                "-l", languages, "--psm", "7", "tsv"), timeout)));
    }

    @Override
    public List<List<Word>> names(List<BufferedImage> strips) {
        if (strips.isEmpty()) {
            return List.of();
        }
        // One run for all strips: tesseract reads a list of images (one path a line) as the pages of one document,
        // so the model is loaded once (about 0.5 s for the Han script model) rather than once per strip.
        return withImages(strips, (files, base) -> {
            Path list = Path.of(base + ".txt");
            try {
                Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new OcrFailedException("cannot write the image list for tesseract", e);
            }
            return TesseractTsv.pages(run(List.of(command, list.toString(), "stdout", "-l", nameLanguages, "--psm",
                    "7", "tsv"), timeout), strips.size());
        });
    }

    private interface Reading<T> {
        T read(Path image, Path outputBase);
    }

    private interface Readings<T> {
        T read(List<Path> images, Path outputBase);
    }

    private <T> T withImage(BufferedImage image, Reading<T> reading) {
        return withImages(List.of(image), (files, base) -> reading.read(files.get(0), base));
    }

    private <T> T withImages(List<BufferedImage> images, Readings<T> reading) {
        if (!available) {
            throw new OcrFailedException("tesseract is not available");
        }
        List<Path> files = new ArrayList<>();
        Path base = null;
        try {
            base = Files.createTempFile("certhall-ocr-", "");
            for (BufferedImage image : images) {
                Path file = Files.createTempFile("certhall-ocr-", ".png");
                files.add(file);
                if (!ImageIO.write(image, "png", file.toFile())) {
                    throw new OcrFailedException("no PNG writer");
                }
            }
            if (!slots.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new OcrFailedException("no free OCR slot within " + timeout);
            }
            try {
                return reading.read(files, base);
            } finally {
                slots.release();
            }
        } catch (IOException e) {
            throw new OcrFailedException("cannot write the image for tesseract", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrFailedException("interrupted", e);
        } finally {
            files.forEach(TesseractCli::delete);
            if (base != null) {
                delete(base);
                delete(Path.of(base + ".txt"));
                delete(Path.of(base + ".tsv"));
            }
        }
    }

    private static String run(List<String> args, Duration limit) {
        Path output = null;
        Process process = null;
        try {
            output = Files.createTempFile("certhall-ocr-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(args));
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.redirectOutput(output.toFile());
            process = builder.start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new OcrFailedException("tesseract took longer than " + limit);
            }
            if (process.exitValue() != 0) {
                throw new OcrFailedException("tesseract exited with " + process.exitValue());
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OcrFailedException("cannot run tesseract: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrFailedException("interrupted", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            delete(output);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the OCR temporary file {}", file);
            }
        }
    }
}
