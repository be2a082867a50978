package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.pki.ca.Crypto;
import com.certhall.seals.Der;
import com.certhall.support.CommandLine;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.Openssl;
import com.certhall.support.TestEnvironment;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.asn1.ASN1OctetString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * CSC {@code signatures/signDoc} as a partner calls it (docs/signing.md "Documents", docs/seals.md "Signing PDFs"):
 * one PDF per SAD, sealed PAdES B-LT with P-256, RSA and SM2; then checked by tools that are not the signing code —
 * poppler's {@code pdfsig} for P-256 and RSA, {@code openssl ts -verify} on the embedded time-stamp token, and for
 * SM2 {@code openssl dgst -sm3} on the signed attributes and the signed byte ranges — and by the verification API.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class CscSignDocTests extends CloudSigningTestBase {

    @TempDir
    Path dir;

    @Test
    void aPartnerSealsAPdfWithEachAlgorithmAndIndependentVerifiersAcceptSignatureAndTimeStamp() throws Exception {
        TestEnvironment.requireCommand("openssl");
        TestEnvironment.requireCommand("pdfsig");
        CloudHolders.Holder holder = holders.register();
        CscClient partner = partner();
        byte[] pdf = samplePdf();
        Openssl openssl = new Openssl(dir);
        openssl.pemFile("ecc-root.pem", get("/pki/ca/ecc-root.crt"));
        openssl.pemFile("ecc-issuing.pem", get("/pki/ca/ecc-issuing.crt"));
        openssl.pemFile("sm2-root.pem", get("/pki/ca/sm2-root.crt"));
        openssl.pemFile("sm2-issuing.pem", get("/pki/ca/sm2-issuing.crt"));

        for (String algorithm : List.of("EC_P256", "RSA_2048", "SM2")) {
            CloudHolders.Credential credential = holders.issue(holder, algorithm);
            boolean sm2 = algorithm.equals("SM2");
            byte[] digest = MessageDigest.getInstance(sm2 ? "SM3" : "SHA-256", Crypto.BC).digest(pdf);
            Map authorized = partner.ok("credentials/authorize", Map.of("credentialID", credential.serial(),
                    "numSignatures", 1, "hashes", List.of(b64(digest)), "hashAlgorithmOID",
                    sm2 ? "1.2.156.10197.1.401" : "2.16.840.1.101.3.4.2.1", "description", "合同签章",
                    "authData", List.of(Map.of("id", "PIN", "value", credential.pin()))));
            Map<String, Object> signDoc = Map.of("credentialID", credential.serial(), "SAD", authorized.get("SAD"),
                    "documents", List.of(Map.of("document", b64(pdf), "signature_format", "P",
                            "conformance_level", "Ades-B-LT")));
            Map answer = signDoc(partner, signDoc);
            byte[] signed = Base64.getDecoder().decode(((List<String>) answer.get("DocumentWithSignature")).get(0));
            Path file = Files.write(dir.resolve(algorithm + ".pdf"), signed);
            assertThat(new String(signed, StandardCharsets.ISO_8859_1)).contains("/ETSI.CAdES.detached")
                    .contains("/DSS").contains("/OCSPs").contains("/CRLs");

            // SCAL2: the SAD is used up
            ResponseEntity<Map> again = partner.post("signatures/signDoc", signDoc);
            assertThat(again.getStatusCode().value()).isEqualTo(400);
            assertThat(again.getBody()).containsEntry("error", "invalid_request");

            int[] range = byteRange(signed);
            byte[] content = concat(Arrays.copyOfRange(signed, range[0], range[0] + range[1]),
                    Arrays.copyOfRange(signed, range[2], range[2] + range[3]));
            byte[] cms = new org.bouncycastle.asn1.ASN1InputStream(hex(new String(signed, range[1] + 1,
                    range[2] - range[1] - 2, StandardCharsets.ISO_8859_1))).readObject().getEncoded();
            SignerInformation signer = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
            Files.write(dir.resolve("signature.bin"), signer.getSignature());
            Files.write(dir.resolve("token.der"), signer.getUnsignedAttributes()
                    .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken).getAttrValues().getObjectAt(0)
                    .toASN1Primitive().getEncoded(ASN1Encoding.DER));
            if (!sm2) {
                String ts = openssl.run("ts", "-verify", "-data", "signature.bin", "-in", "token.der", "-token_in",
                        "-CAfile", "ecc-root.pem", "-untrusted", "ecc-issuing.pem");
                assertThat(ts).as(algorithm + " time-stamp").contains("Verification: OK");
            } else {
                // OpenSSL cannot check SM2 certificate signatures without a distinguishing ID option that ts lacks:
                // the SM2 unit's token is read by openssl, its imprint compared with openssl's SM3 of the signature
                String token = openssl.run("ts", "-reply", "-in", "token.der", "-token_in", "-token_out", "-text");
                String sm3 = openssl.run("dgst", "-sm3", "-r", "signature.bin").substring(0, 64);
                assertThat(token).contains("Hash Algorithm: sm3").contains("Policy OID: ");
                StringBuilder imprint = new StringBuilder();
                Matcher dump = Pattern.compile("(?m)^\\s+[0-9a-f]{4} - ([0-9a-f -]{47})").matcher(
                        token.substring(token.indexOf("Message data:")));
                while (imprint.length() < 64 && dump.find()) {
                    imprint.append(dump.group(1).replaceAll("[^0-9a-f]", ""));
                }
                assertThat(imprint.toString()).as("the SM2 unit's imprint").isEqualTo(sm3);
            }
            if (!sm2) {
                String report = CommandLine.run(dir, "pdfsig", "-nocert", "-no-ocsp", file.toString()).output();
                assertThat(report).as(algorithm).contains("Signature Type: ETSI.CAdES.detached")
                        .contains("Signature Validation: Signature is Valid.")
                        .contains("云签科技有限公司");
            } else {
                X509CertificateHolder cert = (X509CertificateHolder) new CMSSignedData(cms).getCertificates()
                        .getMatches(signer.getSID()).iterator().next();
                Files.writeString(dir.resolve("sm2.pub"), "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder()
                        .encodeToString(cert.getSubjectPublicKeyInfo().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
                Files.write(dir.resolve("attrs.der"), signer.getEncodedSignedAttributes());
                String verified = openssl.run("dgst", "-sm3", "-verify", "sm2.pub", "-signature", "signature.bin",
                        "-sigopt", "distid:1234567812345678", "attrs.der");
                assertThat(verified).as("SM2 signature over the signed attributes").contains("Verified OK");
                Files.write(dir.resolve("content.bin"), content);
                String sm3 = openssl.run("dgst", "-sm3", "-r", "content.bin");
                Attribute messageDigest = signer.getSignedAttributes().get(CMSAttributes.messageDigest);
                assertThat(sm3).as("SM3 of the byte ranges").startsWith(hex(ASN1OctetString.getInstance(
                        messageDigest.getAttrValues().getObjectAt(0)).getOctets()));
            }

            Map verification = verify(signed);
            assertThat(verification).containsEntry("validationData", true);
            Map found = ((List<Map>) verification.get("signatures")).get(0);
            assertThat(found).as(algorithm).containsEntry("valid", true).containsEntry("issuedHere", true)
                    .containsEntry("changesAfterSigning", "ADDITIONS").containsEntry("coversWholeDocument", false)
                    .containsEntry("certificateStatusNow", "GOOD").containsEntry("certificateStatusAtSigning", "GOOD")
                    .containsEntry("serialNumber", credential.serial()).containsEntry("page", 2)
                    .containsEntry("algorithm", sm2 ? "SM3withSM2" : algorithm.equals("RSA_2048")
                            ? "SHA256withRSA" : "SHA256withECDSA");
            assertThat((String) found.get("timestamp")).isNotBlank();
            assertThat((String) found.get("sealImage")).startsWith("data:image/png;base64,");

            // one byte of the signed revision changed: the signature no longer holds
            byte[] tampered = signed.clone();
            int at = Der.indexOf(tampered, "Seal sample".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(at).as("the seal's text in the signed revision").isNotNegative();
            tampered[at] = 'Z';
            Map broken = ((List<Map>) verify(tampered).get("signatures")).get(0);
            assertThat(broken).containsEntry("valid", false);
        }

        // a SAD for one document does not sign another
        CloudHolders.Credential credential = holders.issue(holder, "EC_P256");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(pdf);
        Map authorized = partner.ok("credentials/authorize", Map.of("credentialID", credential.serial(),
                "numSignatures", 1, "hashes", List.of(b64(digest)), "hashAlgorithmOID", "2.16.840.1.101.3.4.2.1",
                "authData", List.of(Map.of("id", "PIN", "value", credential.pin()))));
        byte[] other = samplePdf();
        ResponseEntity<Map> refused = partner.post("signatures/signDoc", Map.of("credentialID", credential.serial(),
                "SAD", authorized.get("SAD"), "documents", List.of(Map.of("document", b64(other),
                        "signature_format", "P"))));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("error_description",
                "The document is not the one the SAD covers");
        ResponseEntity<Map> notPdf = partner.post("signatures/signDoc", Map.of("credentialID", credential.serial(),
                "SAD", authorized.get("SAD"), "documents", List.of(Map.of("document", b64("hello".getBytes()),
                        "signature_format", "P"))));
        assertThat(notPdf.getBody()).containsEntry("error_description",
                "Invalid parameter documents[0].document: not a PDF");
        ResponseEntity<Map> notBase64 = partner.post("signatures/signDoc", Map.of("credentialID",
                credential.serial(), "SAD", authorized.get("SAD"), "documents", List.of(Map.of("document", "%%%",
                        "signature_format", "P"))));
        assertThat(notBase64.getStatusCode().value()).isEqualTo(400);
        assertThat(notBase64.getBody()).containsEntry("error_description",
                "Invalid parameter documents[0].document");
        ResponseEntity<Map> cades = partner.post("signatures/signDoc", Map.of("credentialID", credential.serial(),
                "SAD", authorized.get("SAD"), "documents", List.of(Map.of("document", b64(pdf),
                        "signature_format", "C"))));
        assertThat(cades.getBody()).containsEntry("error_description", "Invalid parameter signature_format");
    }

    /** The answer holds a PDF longer than the platform's own JSON reader takes in one string: a plain reader. */
    private Map signDoc(CscClient partner, Map<String, Object> body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(partner.token());
        ResponseEntity<String> answer = http.exchange("/csc/v2/signatures/signDoc", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(answer.getBody(), Map.class);
    }

    private CscClient partner() {
        String admin = CscClient.admin(accounts);
        ResponseEntity<Map> created = accounts.call(HttpMethod.POST, "/api/v1/admin/partner-clients", admin,
                Map.of("channelCode", CloudHolders.CHANNEL, "name", "合同平台（测试）"));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return CscClient.partner(http, (String) created.getBody().get("clientId"),
                (String) created.getBody().get("clientSecret"));
    }

    private Map verify(byte[] pdf) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "signed.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        // API.md's path; /api/v1/seal-verifications is the same call
        ResponseEntity<Map> answer = http.postForEntity("/api/v1/signature-checks", new HttpEntity<>(form, headers),
                Map.class);
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
        return answer.getBody();
    }

    private byte[] get(String path) {
        return http.getForObject(path, byte[].class);
    }

    /** A two-page PDF, different each time (its ID and text). */
    static byte[] samplePdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                // uncompressed, so that a test can change a letter of the signed text
                try (PDPageContentStream text = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    text.newLineAtOffset(72, 760);
                    text.showText("Seal sample page " + i + " " + System.nanoTime());
                    text.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static int[] byteRange(byte[] pdf) {
        Matcher m = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertThat(m.find()).as("a /ByteRange").isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4))};
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hex(String hex) {
        String clean = hex.strip();
        byte[] out = java.util.HexFormat.of().parseHex(clean);
        return out;
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
