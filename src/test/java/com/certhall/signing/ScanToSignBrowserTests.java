package com.certhall.signing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.QrCodes;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.ResponseEntity;

/**
 * Scan-to-sign on the holder's phone (docs/signing.md): the partner starts it without the PIN, the QR CertHall draws
 * leads to the phone page, which shows who asks and what; a wrong PIN says how many tries are left, the right one
 * authorizes, and the partner's poll gets the SAD and a signature the certificate verifies. In Chinese and English.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class ScanToSignBrowserTests extends CloudSigningTestBase {

    @Test
    void theHolderChecksTheRequestOnThePhoneEntersThePinAndThePartnerGetsItsSignature(Browser browser)
            throws Exception {
        CloudHolders.Holder holder = holders.register();
        CloudHolders.Credential credential = holders.issue(holder, "EC_P256");
        CscClient partner = CscClient.registered(accounts, CloudHolders.CHANNEL, "渝E招投标平台");
        byte[] document = "某工程施工招标 投标函".getBytes(StandardCharsets.UTF_8);
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(document));

        for (String lang : List.of("zh", "en")) {
            ResponseEntity<Map> started = partner.post("credentials/authorize", Map.of("credentialID",
                    credential.serial(), "numSignatures", 1, "hashes", List.of(hash),
                    "hashAlgorithmOID", "2.16.840.1.101.3.4.2.1", "description", "投标文件签章 / bid signature"));
            assertThat(started.getStatusCode().value()).isEqualTo(202);
            String handle = (String) started.getBody().get("handle");

            // the partner shows CertHall's QR; it carries the phone page's address
            byte[] png = http.getForObject("/sign/" + handle + "/qr.png", byte[].class);
            String qrUrl = QrCodes.decode(png);
            assertThat(qrUrl).isEqualTo(started.getBody().get("qrUrl")).endsWith("/sign/" + handle);
            // the same page on the host the test browser signed in to
            String phoneUrl = browser.url("/sign/" + handle);

            BrowserContext phone = browser.applicantPhone(holder.account());
            Page page = phone.newPage();
            page.navigate(phoneUrl + "?lang=" + lang);
            assertThat(page.locator(".asks")).containsText("渝E招投标平台");
            assertThat(page.locator(".description")).hasText("投标文件签章 / bid signature");
            assertThat(page.locator(".hash")).hasCount(1);
            assertThat(page.locator(".certificate code")).hasText(credential.serial());
            Browser.screenshot(page, "signing-phone-request-" + lang);

            String wrong = credential.pin().equals("00000000") ? "11111111" : "00000000";
            page.fill("#pin", wrong);
            page.click("#sign");
            assertThat(page.locator("#pin-error")).containsText(lang.equals("zh") ? "还可尝试 4 次" : "4 attempts left");
            ResponseEntity<Map> stillPending = partner.post("credentials/authorizeCheck", Map.of("handle", handle));
            assertThat(stillPending.getStatusCode().value()).isEqualTo(202);

            page.fill("#pin", credential.pin());
            page.click("#sign");
            assertThat(page.locator("#result")).containsText(lang.equals("zh") ? "已授权签名" : "Signing authorized");
            Browser.screenshot(page, "signing-phone-authorized-" + lang);

            Map check = partner.ok("credentials/authorizeCheck", Map.of("handle", handle));
            assertThat(check).containsEntry("status", "authorized");
            List<String> signatures = (List<String>) partner.ok("signatures/signHash", Map.of("credentialID",
                    credential.serial(), "SAD", check.get("SAD"), "hashes", List.of(hash),
                    "signAlgo", "1.2.840.10045.4.3.2")).get("signatures");
            Map info = partner.ok("credentials/info", Map.of("credentialID", credential.serial()));
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new java.io.ByteArrayInputStream(Base64.getDecoder().decode(
                            ((List<String>) ((Map) info.get("cert")).get("certificates")).get(0))));
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(cert.getPublicKey());
            verifier.update(document);
            assertThat(verifier.verify(Base64.getDecoder().decode(signatures.get(0)))).isTrue();
            // the SAD was handed over once
            assertThat(partner.post("credentials/authorizeCheck", Map.of("handle", handle)).getStatusCode().value())
                    .isEqualTo(400);
        }

        // a bid of 12 volumes: the phone page folds their digests under the count until the holder opens them
        List<String> volumes = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            volumes.add(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(("投标文件 第" + i + "册").getBytes(StandardCharsets.UTF_8))));
        }
        ResponseEntity<Map> batch = partner.post("credentials/authorize", Map.of("credentialID", credential.serial(),
                "numSignatures", volumes.size(), "hashes", volumes, "hashAlgorithmOID", "2.16.840.1.101.3.4.2.1",
                "description", "分册签章"));
        assertThat(batch.getStatusCode().value()).isEqualTo(202);
        Page page = browser.applicantPhone(holder.account()).newPage();
        page.navigate(browser.url("/sign/" + batch.getBody().get("handle")) + "?lang=zh");
        assertThat(page.locator(".count")).hasText("12 次");
        assertThat(page.locator(".hashes details summary")).hasText("共 12 个文件摘要（点击展开）");
        assertThat(page.locator(".hashes details .hash")).hasCount(12);
        assertThat(page.locator(".hashes details .hash").first()).isHidden();
        page.click(".hashes details summary");
        assertThat(page.locator(".hashes details .hash").last()).isVisible();
        Browser.screenshot(page, "signing-phone-request-batch-zh");
    }
}
