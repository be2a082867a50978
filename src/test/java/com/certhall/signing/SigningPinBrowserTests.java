package com.certhall.signing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.FacadeOrders;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.KnownPortIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The holder's activation and PIN reset pages and the signature log on a phone and a desktop, in Chinese and English
 * (docs/signing.md): activation with an SMS code and a PIN the holder sets (a trivial PIN named next to its field),
 * a lock after five wrong PINs lifted by a reset with the ID number, and the log of what was signed and refused.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class SigningPinBrowserTests extends CloudSigningTestBase {

    @Autowired
    AccountsTestSupport.Recorder recorder;

    @Test
    void theHolderActivatesOnThePhoneResetsALockedPinAndReadsTheLog(Browser browser) throws Exception {
        CloudHolders.Holder holder = holders.register();
        String serial = holders.issueInactive(holder, "EC_P256");
        BrowserContext phone = browser.applicantPhone(holder.account());
        BrowserContext desktop = browser.applicant(holder.account());
        String pinPage = browser.url("/certificates/" + serial + "/signing-pin");

        // "我的证书" leads to the activation page
        Page mine = desktop.newPage();
        mine.navigate(browser.url("/certificates?lang=zh"));
        mine.click("tr[data-serial='" + serial + "'] .signing-pin-link");
        assertThat(mine.locator("h1")).hasText("激活云证书");
        assertThat(mine.locator("#pin-state")).hasText("未激活");
        Browser.screenshot(mine, "signing-activate-zh-desktop");

        Page page = phone.newPage();
        page.navigate(pinPage + "?lang=en");
        assertThat(page.locator("h1")).hasText("Activate the cloud certificate");
        Browser.screenshot(page, "signing-activate-en-phone");
        mine.navigate(pinPage + "?lang=en");
        Browser.screenshot(mine, "signing-activate-en-desktop");
        page.navigate(pinPage + "?lang=zh");
        page.click("#send-sms");
        assertThat(page.locator("#sms-sent")).containsText("验证码已发送至");
        page.fill("#smsCode", recorder.codeFor(holder.mobile()));
        page.fill("#pin", "123456");
        page.fill("#pinAgain", "123456");
        page.click("#set-pin");
        assertThat(page.locator(".field.invalid .error")).containsText("签名口令过于简单");
        Browser.screenshot(page, "signing-activate-zh-phone-error");
        page.fill("#pin", CloudHolders.PIN);
        page.fill("#pinAgain", CloudHolders.PIN);
        page.click("#set-pin");
        assertThat(page.locator("#pin-done")).containsText("云证书已激活");
        assertThat(page.locator("#pin-state")).containsText("已激活");
        Browser.screenshot(page, "signing-activate-zh-phone-done");

        // five wrong PINs at a partner lock it; the reset page (English) lifts the lock with the ID number
        CscClient partner = SigningPinTests.partner(accounts, "渝E招投标平台");
        String hash = SigningPinTests.sha256("投标函");
        for (int i = 0; i < 5; i++) {
            partner.post("credentials/authorize", SigningPinTests.authorize(serial, List.of(hash), "902718"));
        }
        page.navigate(pinPage + "?lang=zh");
        assertThat(page.locator("h1")).hasText("重置签名口令");
        Browser.screenshot(page, "signing-reset-zh-phone");
        mine.navigate(pinPage + "?lang=zh");
        Browser.screenshot(mine, "signing-reset-zh-desktop");
        page.navigate(pinPage + "?lang=en");
        assertThat(page.locator("h1")).hasText("Reset the signing PIN");
        assertThat(page.locator("#pin-state")).hasText("Locked");
        Browser.screenshot(page, "signing-reset-en-phone");
        Page wide = desktop.newPage();
        wide.navigate(pinPage + "?lang=en");
        Browser.screenshot(wide, "signing-reset-en-desktop");
        page.click("#send-sms");
        page.fill("#idNumber", "110105194912310038");
        page.fill("#smsCode", recorder.codeFor(holder.mobile()));
        page.fill("#pin", "470396");
        page.fill("#pinAgain", "470396");
        page.click("#set-pin");
        assertThat(page.locator(".field.invalid .error")).containsText("does not match");
        page.fill("#idNumber", FacadeOrders.HANDLER_ID);
        page.fill("#pin", "470396");
        page.fill("#pinAgain", "470396");
        page.click("#set-pin");
        assertThat(page.locator("#pin-done")).containsText("lock lifted");
        assertThat(page.locator("#pin-state")).containsText("5 wrong PINs left");

        Map sad = partner.ok("credentials/authorize", SigningPinTests.authorize(serial, List.of(hash), "470396"));
        partner.ok("signatures/signHash", Map.of("credentialID", serial, "SAD", sad.get("SAD"), "hashes",
                List.of(hash), "hashAlgorithmOID", SigningPinTests.SHA256, "signAlgo", "1.2.840.10045.4.3.2"));
        // three pages signed in one call: one entry, its digests folded under their count
        List<String> pages = List.of(SigningPinTests.sha256("第一册"), SigningPinTests.sha256("第二册"),
                SigningPinTests.sha256("第三册"));
        Map three = partner.ok("credentials/authorize", SigningPinTests.authorize(serial, pages, "470396"));
        partner.ok("signatures/signHash", Map.of("credentialID", serial, "SAD", three.get("SAD"), "hashes",
                pages, "hashAlgorithmOID", SigningPinTests.SHA256, "signAlgo", "1.2.840.10045.4.3.2"));

        for (String lang : List.of("zh", "en")) {
            for (Page p : List.of(page, wide)) {
                p.navigate(browser.url("/signing/log?lang=" + lang));
                assertThat(p.locator(".log-entry")).hasCount(7);
                assertThat(p.locator(".log-entry").first().locator("details.hashes summary"))
                        .hasText(lang.equals("zh") ? "3 个文件摘要（一次签署）" : "3 document digests (signed at once)");
                assertThat(p.locator(".log-entry").first().locator("details.hashes code.hash")).hasCount(3);
                assertThat(p.locator(".log-entry").nth(1).locator("code.hash")).hasCount(1);
                assertThat(p.locator(".log-entry").first()).hasAttribute("data-result", "SIGNED");
                assertThat(p.locator(".log-entry").first().locator(".who")).hasText("渝E招投标平台");
                assertThat(p.locator(".log-entry").first().locator(".what")).hasText("资格预审");
                assertThat(p.locator(".log-entry .badge").first()).hasText(lang.equals("zh") ? "已签名" : "Signed");
                Browser.screenshot(p, "signing-log-" + lang + (p == page ? "-phone" : "-desktop"));
            }
        }
        assertThat(page.locator(".log-entry[data-result='WRONG_PIN']")).hasCount(4);
    }
}
