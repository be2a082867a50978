package com.certhall.documents.domain;

import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.documents.DocumentTooLargeException;
import com.certhall.documents.UnsupportedDocumentTypeException;
import com.certhall.documents.UploadRule;
import com.certhall.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real type comes from the bytes, the limit holds while streaming, and the hash is SHA-256 of the bytes. */
class UploadInspectionTests {

    static final UploadRule ANY_2MB = UploadRule.anyFormat(2 * 1024 * 1024);

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void recognisesEachAcceptedFormatFromItsBytes(DocumentFormat format) {
        byte[] bytes = DocumentSamples.sample(format);

        UploadInspector.Inspected inspected = UploadInspector.inspect(new ByteArrayInputStream(bytes),
                "upload." + format.extensions().get(0), ANY_2MB);

        assertThat(inspected.format()).isEqualTo(format);
        assertThat(inspected.bytes()).isEqualTo(bytes);
    }

    @Test
    void recognisesBothGifVersions() {
        byte[] gif87 = DocumentSamples.image(DocumentFormat.GIF, 8, 8);
        gif87[4] = '7';
        assertThat(FormatSniffer.sniff(gif87)).contains(DocumentFormat.GIF);
        assertThat(FormatSniffer.sniff(DocumentSamples.image(DocumentFormat.GIF, 8, 8))).contains(DocumentFormat.GIF);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void refusesEachFormatWhenTheRuleDoesNotAcceptIt(DocumentFormat format) {
        UploadRule others = new UploadRule(2_000_000, java.util.EnumSet.complementOf(java.util.EnumSet.of(format)));

        assertThatThrownBy(() -> UploadInspector.inspect(stream(DocumentSamples.sample(format)), "file", others))
                .isInstanceOfSatisfying(UnsupportedDocumentTypeException.class, e -> {
                    assertThat(e.status()).isEqualTo(415);
                    assertThat(e.messageKey()).isEqualTo("documents.error.notAccepted");
                    assertThat(e.detected()).contains(format);
                    assertThat(e.args()).containsExactly(format.name(), others.acceptedNames("、"));
                });
    }

    static Stream<Arguments> disguisedFiles() {
        return Stream.of(
                Arguments.of("licence.pdf", DocumentSamples.image(DocumentFormat.PNG, 20, 20), "pdf", "PNG"),
                Arguments.of("id-front.jpg", DocumentSamples.pdf(), "jpg", "PDF"),
                Arguments.of("seal.PNG", DocumentSamples.image(DocumentFormat.GIF, 20, 20), "PNG", "GIF"),
                Arguments.of("form.bmp", DocumentSamples.image(DocumentFormat.JPEG, 20, 20), "bmp", "JPEG"));
    }

    @ParameterizedTest
    @MethodSource("disguisedFiles")
    void refusesAFormatDisguisedByAnotherExtension(String name, byte[] bytes, String extension, String real) {
        assertThatThrownBy(() -> UploadInspector.inspect(stream(bytes), name, ANY_2MB))
                .isInstanceOfSatisfying(UnsupportedDocumentTypeException.class, e -> {
                    assertThat(e.status()).isEqualTo(415);
                    assertThat(e.messageKey()).isEqualTo("documents.error.disguised");
                    assertThat(e.args()).containsExactly(extension, real, ANY_2MB.acceptedNames("、"));
                });
    }

    static Stream<Arguments> unknownContent() {
        return Stream.of(
                Arguments.of("setup.jpg", DocumentSamples.exe()),
                Arguments.of("notes.pdf", "just some text".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("bm.bmp", "BM but only letters here".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("archive.png", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}),
                Arguments.of("tiny.pdf", new byte[] {'%', 'P', 'D'}));
    }

    @ParameterizedTest
    @MethodSource("unknownContent")
    void refusesContentOfNoKnownFormatWhateverItsName(String name, byte[] bytes) {
        assertThatThrownBy(() -> UploadInspector.inspect(stream(bytes), name, ANY_2MB))
                .isInstanceOfSatisfying(UnsupportedDocumentTypeException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.error.unknownType");
                    assertThat(e.detected()).isEmpty();
                    assertThat(e.args()).containsExactly("PDF、JPEG、PNG、BMP、GIF");
                });
    }

    @Test
    void acceptsANameWithoutExtensionOrWithAForeignOneByItsContent() {
        byte[] png = DocumentSamples.image(DocumentFormat.PNG, 10, 10);
        assertThat(UploadInspector.inspect(stream(png), "scan", ANY_2MB).format()).isEqualTo(DocumentFormat.PNG);
        assertThat(UploadInspector.inspect(stream(png), "scan.tmp", ANY_2MB).format()).isEqualTo(DocumentFormat.PNG);
        assertThat(UploadInspector.inspect(stream(png), "scan.jpeg.png", ANY_2MB).format())
                .isEqualTo(DocumentFormat.PNG);
    }

    static Stream<Arguments> pretenders() {
        return Stream.of(
                Arguments.of("noise.png", DocumentSamples.pngHeaderAndNoise(), "damaged"),
                Arguments.of("tiny.jpg", DocumentSamples.threeByteJpeg(), "damaged"),
                Arguments.of("half.jpg", DocumentSamples.truncatedJpeg(), "damaged"),
                Arguments.of("bomb.png", DocumentSamples.pngDeclaring(65_535, 65_535), "pixels"),
                Arguments.of("licence.pdf", DocumentSamples.fakePdf(), "damaged"),
                Arguments.of("empty.pdf", DocumentSamples.emptyPdf(), "noPage"));
    }

    @ParameterizedTest
    @MethodSource("pretenders")
    void refusesWhatOnlyLooksLikeAnImageOrAPdfNamingTheFile(String name, byte[] bytes, String code) {
        assertThatThrownBy(() -> UploadInspector.inspect(stream(bytes), name, ANY_2MB))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("file");
                            assertThat(v.code()).isEqualTo(code);
                        }));
    }

    @Test
    void acceptsALargeButHonestImage() {
        byte[] photo = DocumentSamples.image(DocumentFormat.JPEG, 4000, 3000);

        assertThat(UploadInspector.inspect(stream(photo), "photo.jpg", UploadRule.anyFormat(20_000_000)).format())
                .isEqualTo(DocumentFormat.JPEG);
    }

    @Test
    void stopsReadingOneBytePastTheLimitAndRefusesWith413() {
        UploadRule oneMb = UploadRule.of(1024 * 1024, DocumentFormat.PDF);
        CountingInputStream endless = new CountingInputStream(DocumentSamples.pdfWithMarker("x"), Long.MAX_VALUE);

        assertThatThrownBy(() -> UploadInspector.inspect(endless, "big.pdf", oneMb))
                .isInstanceOfSatisfying(DocumentTooLargeException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.limitBytes()).isEqualTo(1024 * 1024);
                    assertThat(e.args()).containsExactly("1 MB");
                });
        assertThat(endless.served()).isEqualTo(1024 * 1024 + 1);
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        UploadRule rule = UploadRule.of(4096, DocumentFormat.PDF);
        CountingInputStream exact = new CountingInputStream(DocumentSamples.pdfWithMarker("x"), 4096);

        UploadInspector.Inspected inspected = UploadInspector.inspect(exact, "exact.pdf", rule);

        assertThat(inspected.bytes()).hasSize(4096);
    }

    @Test
    void refusesAnEmptyFileNamingTheField() {
        assertThatThrownBy(() -> UploadInspector.inspect(stream(new byte[0]), "empty.pdf", ANY_2MB))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("file")));
    }

    @Test
    void recordsTheSha256OfTheBytes() throws Exception {
        byte[] pdf = DocumentSamples.pdf();

        String sha256 = UploadInspector.inspect(stream(pdf), "a.pdf", ANY_2MB).sha256();

        assertThat(sha256).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        // FIPS 180-2 test vector
        assertThat(UploadInspector.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void describesLimitsAsUsersReadThem() {
        assertThat(UploadRule.anyFormat(2 * 1024 * 1024).readableLimit()).isEqualTo("2 MB");
        assertThat(UploadRule.anyFormat(512 * 1024).readableLimit()).isEqualTo("512 KB");
        assertThat(UploadRule.anyFormat(1_500_000).readableLimit()).isEqualTo("1.4 MB");
        assertThat(UploadRule.anyFormat(100).readableLimit()).isEqualTo("100 B");
    }

    @Test
    void parsesFormatsAsChannelSettingsWriteThem() {
        assertThat(Stream.of("PDF", "jpg", ".JPEG", "image/png", "bmp", "Gif")
                .map(raw -> DocumentFormat.parse("formats", raw)))
                .containsExactly(DocumentFormat.PDF, DocumentFormat.JPEG, DocumentFormat.JPEG, DocumentFormat.PNG,
                        DocumentFormat.BMP, DocumentFormat.GIF);
        assertThatThrownBy(() -> DocumentFormat.parse("formats", "tiff"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("formats"));
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** Serves a prefix and then filler bytes up to {@code length}, counting every byte handed out. */
    static final class CountingInputStream extends InputStream {

        private final byte[] prefix;
        private final long length;
        private long served;

        CountingInputStream(byte[] prefix, long length) {
            this.prefix = prefix;
            this.length = length;
        }

        long served() {
            return served;
        }

        @Override
        public int read() {
            if (served >= length) {
                return -1;
            }
            int b = served < prefix.length ? prefix[(int) served] & 0xFF : 'x';
            served++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int len) {
            if (len == 0) {
                return 0;
            }
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - served);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = served < prefix.length ? prefix[(int) served] : (byte) 'x';
                served++;
            }
            return n;
        }
    }
}
