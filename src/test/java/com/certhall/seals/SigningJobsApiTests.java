package com.certhall.seals;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.signing.domain.HolderApprovals;
import com.certhall.support.CommandLine;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.TestEnvironment;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Signing jobs as an organisation's client calls them (API.md "Seals", docs/seals.md "Signing jobs"): the holder's
 * job signed with the PIN after a wrong one, a seal user's job signed by scan-to-sign on his own phone with the
 * organisation's key (docs/seals.md "Who signs with a seal"), the results checked by poppler's {@code pdfsig} (P-256)
 * and the verification API; bad input refused by field name in Chinese and English, another's job not found.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class SigningJobsApiTests {

    @Autowired
    SealHolders holders;
    @Autowired
    TestRestTemplate http;
    @Autowired
    Seals seals;
    @Autowired
    HolderApprovals approvals;
    @Autowired
    com.certhall.seals.pdf.PdfSealing sealing;
    @TempDir
    Path dir;

    @Test
    void theHolderAndAGrantedSealUserSealPdfsThatPdfsigFindsValid() throws Exception {
        TestEnvironment.requireCommand("pdfsig");
        SealHolders.Holder admin = holders.register();
        SealHolders.Issued issued = holders.issue(admin, "晋北煤炭贸易有限公司", null, "EC_P256");
        holders.activate(admin, issued.seal().certificateSerial());
        String sealId = issued.seal().id().toString();
        byte[] pdf = pdf(2);

        // the holder (the first seal administrator): page 2, the seal's corner a fifth in and a third down
        ResponseEntity<Map> created = create(admin, pdf, Map.of("sealId", sealId, "page", "2", "x", "0.2",
                "y", "0.3"), "zh");
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("status", "PENDING").containsEntry("sealId", sealId)
                .containsEntry("page", 2).containsKey("jobId");
        assertThat((String) created.getBody().get("qrUrl")).contains("/sign/");
        String job = "/api/v1/signing-jobs/" + created.getBody().get("jobId");
        assertThat(call(admin, HttpMethod.GET, job, null, "zh").getBody()).containsEntry("status", "PENDING");
        assertThat(bytes(admin, job + "/document.pdf").getStatusCode().value()).isEqualTo(409);

        ResponseEntity<Map> wrong = call(admin, HttpMethod.POST, job + "/authorization", Map.of("pin", "000000"),
                "en");
        assertThat(fields(wrong)).containsExactly("pin");
        assertThat(message(wrong)).isEqualTo("The Signing PIN is wrong; 4 attempts left");
        ResponseEntity<Map> wrongZh = call(admin, HttpMethod.POST, job + "/authorization", Map.of("pin", "111111"),
                "zh");
        assertThat(message(wrongZh)).isEqualTo("签名口令不正确，还可尝试 3 次");
        assertThat(fields(call(admin, HttpMethod.POST, job + "/authorization", Map.of(), "zh")))
                .containsExactly("pin");
        ResponseEntity<Map> signed = call(admin, HttpMethod.POST, job + "/authorization",
                Map.of("pin", SealHolders.PIN), "zh");
        assertThat(signed.getStatusCode().value()).as(String.valueOf(signed.getBody())).isEqualTo(200);
        assertThat(signed.getBody()).containsEntry("status", "SIGNED").doesNotContainKey("qrUrl")
                .containsEntry("documentUrl", job + "/document.pdf");
        assertThat(call(admin, HttpMethod.POST, job + "/authorization", Map.of("pin", SealHolders.PIN), "zh")
                .getStatusCode().value()).isEqualTo(409);
        byte[] byHolder = bytes(admin, job + "/document.pdf").getBody();
        assertSealedAt(byHolder, 1, 0.2, 0.3);
        assertThat(pdfsig(byHolder, "holder")).contains("Signature Validation: Signature is Valid.")
                .contains("晋北煤炭贸易有限公司");

        // a stranger neither reads the job nor uses the seal
        SealHolders.Holder stranger = holders.register();
        assertThat(call(stranger, HttpMethod.GET, job, null, "zh").getStatusCode().value()).isEqualTo(404);
        assertThat(bytes(stranger, job + "/document.pdf").getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Map> foreign = create(stranger, pdf, Map.of("sealId", sealId), "en");
        assertThat(fields(foreign)).containsExactly("sealId");
        assertThat(message(foreign)).isEqualTo("The Seal does not exist or you may not use it");

        // a seal user, appointed and granted, signs with the organisation's key by scan-to-sign on his phone
        SealHolders.Staff user = holders.staff("乔用章");
        ResponseEntity<Map> granted = call(admin, HttpMethod.POST, "/api/v1/seals/" + sealId + "/users",
                Map.of("name", user.name(), "idNumber", user.idNumber(), "mobile", user.holder().mobile()), "zh");
        assertThat(granted.getStatusCode().value()).as(String.valueOf(granted.getBody())).isEqualTo(201);
        ResponseEntity<Map> byUser = create(user.holder(), pdf, Map.of("sealId", sealId, "page", "1"), "zh");
        assertThat(byUser.getStatusCode().value()).as(String.valueOf(byUser.getBody())).isEqualTo(201);
        String userJob = "/api/v1/signing-jobs/" + byUser.getBody().get("jobId");
        String handle = ((String) byUser.getBody().get("qrUrl")).replaceAll(".*/sign/", "");
        assertThat(approvals.asked(user.holder().account(), handle).description()).isEqualTo("PDF: 合同.pdf");
        assertThat(approvals.approve(user.holder().account(), handle, SealHolders.PIN).outcome().name())
                .isEqualTo("RIGHT");
        assertThat(call(user.holder(), HttpMethod.GET, userJob, null, "zh").getBody())
                .containsEntry("status", "SIGNED");
        byte[] bySealUser = bytes(user.holder(), userJob + "/document.pdf").getBody();
        assertThat(pdfsig(bySealUser, "seal-user")).contains("Signature Validation: Signature is Valid.");
        Map check = checks(bySealUser);
        Map signature = ((List<Map>) check.get("signatures")).get(0);
        assertThat(String.valueOf(signature)).contains("晋北煤炭贸易有限公司");

        // the holder's signature log of the certificate names the seal user who signed, and nobody for his own
        String mobile = user.holder().mobile();
        List<Map> log = (List<Map>) call(admin, HttpMethod.GET, "/api/v1/certificates/"
                + issued.seal().certificateSerial() + "/signatures", null, "zh").getBody().get("items");
        List<Object> signers = log.stream().filter(e -> "SIGNED".equals(e.get("result")))
                .map(e -> e.get("signedBy")).toList();
        assertThat(signers).hasSize(2).last().isNull();
        assertThat((String) signers.get(0)).as("newest first: the seal user's signature")
                .endsWith(" " + mobile.substring(0, 3) + "****" + mobile.substring(7));

        // the grant withdrawn, the seal user's next job is refused by the field
        assertThat(call(admin, HttpMethod.DELETE, "/api/v1/seals/" + sealId + "/users/" + user.holder().mobile(),
                null, "zh").getStatusCode().value()).isEqualTo(204);
        assertThat(fields(create(user.holder(), pdf, Map.of("sealId", sealId), "zh"))).containsExactly("sealId");
    }

    @Test
    void badInputIsNamedByItsFieldInChineseAndEnglishAndNeverAServerError() throws Exception {
        SealHolders.Holder admin = holders.register();
        SealHolders.Issued issued = holders.issue(admin, "吕梁焦煤贸易有限公司", null, "EC_P256");
        String sealId = issued.seal().id().toString();
        byte[] pdf = pdf(1);

        ResponseEntity<Map> notPdf = create(admin, "just text".getBytes(StandardCharsets.UTF_8),
                Map.of("sealId", sealId), "zh");
        assertThat(fields(notPdf)).containsExactly("file");
        assertThat(message(notPdf)).isEqualTo("PDF 文件不是可读取的 PDF 文件");
        ResponseEntity<Map> page = create(admin, pdf, Map.of("sealId", sealId, "page", "3"), "en");
        assertThat(fields(page)).containsExactly("page");
        assertThat(message(page)).isEqualTo("The Page is not within the document (it has 1 pages)");
        assertThat(fields(create(admin, pdf, Map.of("sealId", sealId, "page", "0"), "zh"))).containsExactly("page");
        ResponseEntity<Map> x = create(admin, pdf, Map.of("sealId", sealId, "x", "1.5"), "zh");
        assertThat(fields(x)).containsExactly("x");
        assertThat(message(x)).startsWith("横向位置 x须在 0 到 1 之间");
        assertThat(fields(create(admin, pdf, Map.of("sealId", sealId, "y", "-0.1"), "zh"))).containsExactly("y");
        assertThat(fields(create(admin, pdf, Map.of(), "zh"))).containsExactly("sealId");
        assertThat(fields(create(admin, pdf, Map.of("sealId", "not-a-seal"), "zh"))).containsExactly("sealId");
        assertThat(fields(create(admin, pdf, Map.of("sealId", issued.seal().certificateSerial()), "zh")))
                .containsExactly("sealId");
        // the cloud key not activated yet: the holder must set the PIN first
        ResponseEntity<Map> inactive = create(admin, pdf, Map.of("sealId", sealId), "zh");
        assertThat(fields(inactive)).containsExactly("sealId");
        assertThat(message(inactive)).contains("尚未激活");
        ResponseEntity<Map> typo = create(admin, pdf, Map.of("sealId", sealId, "page", "two"), "zh");
        assertThat(typo.getStatusCode().value()).isEqualTo(400);
        assertThat(call(admin, HttpMethod.GET, "/api/v1/signing-jobs/not-a-job", null, "zh").getStatusCode()
                .value()).isIn(400, 404);
        assertThat(call(admin, HttpMethod.GET, "/api/v1/signing-jobs/" + java.util.UUID.randomUUID(), null, "zh")
                .getStatusCode().value()).isEqualTo(404);
        // an upload of the sealing page that never started scan-to-sign is no job
        java.util.UUID draft = sealing.upload(applicant(admin), "a.pdf", pdf);
        assertThat(call(admin, HttpMethod.POST, "/api/v1/signing-jobs/" + draft + "/authorization",
                Map.of("pin", "123456"), "zh").getStatusCode().value()).isEqualTo(404);
        assertThat(call(admin, HttpMethod.GET, "/api/v1/signing-jobs/" + draft, null, "zh").getStatusCode().value())
                .isEqualTo(404);
    }

    private static com.certhall.shared.Caller applicant(SealHolders.Holder who) {
        return new com.certhall.shared.Caller() {
            @Override
            public java.util.UUID id() {
                return who.account();
            }

            @Override
            public boolean isApplicant() {
                return true;
            }

            @Override
            public String auditActor() {
                return "applicant:" + who.account();
            }
        };
    }

    private static void assertSealedAt(byte[] signed, int pageIndex, double left, double top) throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignatureField field = document.getSignatureFields().get(0);
            PDRectangle rect = field.getWidgets().get(0).getRectangle();
            PDRectangle box = document.getPage(pageIndex).getCropBox();
            assertThat(document.getPages().indexOf(field.getWidgets().get(0).getPage())).isEqualTo(pageIndex);
            assertThat((double) (rect.getLowerLeftX() / box.getWidth())).isCloseTo(left, Offset.offset(0.01));
            assertThat((double) ((box.getHeight() - rect.getUpperRightY()) / box.getHeight())).isCloseTo(top,
                    Offset.offset(0.01));
            assertThat(document.getSignatureDictionaries().get(0).getSubFilter()).isEqualTo("ETSI.CAdES.detached");
        }
    }

    private String pdfsig(byte[] pdf, String name) throws Exception {
        Path file = Files.write(dir.resolve(name + ".pdf"), pdf);
        return CommandLine.run(dir, "pdfsig", "-nocert", "-no-ocsp", file.toString()).output();
    }

    private Map checks(byte[] pdf) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", file("signed.pdf", pdf));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<Map> r = http.postForEntity("/api/v1/signature-checks", new HttpEntity<>(form, headers),
                Map.class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        return r.getBody();
    }

    private ResponseEntity<Map> create(SealHolders.Holder who, byte[] pdf, Map<String, String> fields, String lang) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", file("合同.pdf", pdf));
        fields.forEach(form::add);
        HttpHeaders headers = auth(who, lang);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/api/v1/signing-jobs", HttpMethod.POST, new HttpEntity<>(form, headers), Map.class);
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static List<Object> fields(ResponseEntity<Map> problem) {
        assertThat(problem.getStatusCode().value()).as(String.valueOf(problem.getBody())).isEqualTo(400);
        return ((List<Map>) problem.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    private static String message(ResponseEntity<Map> problem) {
        return (String) ((List<Map>) problem.getBody().get("errors")).get(0).get("message");
    }

    private ResponseEntity<Map> call(SealHolders.Holder who, HttpMethod method, String path, Object body,
            String lang) {
        return http.exchange(path, method, new HttpEntity<>(body, auth(who, lang)), Map.class);
    }

    private ResponseEntity<byte[]> bytes(SealHolders.Holder who, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(auth(who, "zh")), byte[].class);
    }

    private static HttpHeaders auth(SealHolders.Holder who, String lang) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(who.token());
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, lang);
        return headers;
    }

    static byte[] pdf(int pages) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    text.newLineAtOffset(72, 760);
                    text.showText("Coal supply contract, page " + i);
                    text.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
