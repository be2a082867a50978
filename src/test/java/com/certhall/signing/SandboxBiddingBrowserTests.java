package com.certhall.signing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.QrCodes;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The sandbox bidding platform end to end on one laptop (docs/signing.md): the platform page asks CertHall to sign a
 * bid document and shows the QR; the holder's phone opens what the QR says, enters the PIN, and the platform page
 * turns to a signature verified on the document — for P-256 and SM2, in Chinese and English.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class SandboxBiddingBrowserTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CloudHolders holders;

    @Test
    void theBiddingPlatformShowsAQrTheHolderSignsOnThePhoneAndThePlatformVerifiesTheSignature(Browser browser) {
        for (String[] run : List.of(new String[] {"zh", "EC_P256"}, new String[] {"en", "SM2"})) {
            String lang = run[0];
            CloudHolders.Holder holder = holders.register();
            holders.issue(holder, run[1]);
            BrowserContext laptop = browser.newContext();
            Page platform = laptop.newPage();
            platform.navigate(browser.url("/sandbox?lang=" + lang));
            platform.click("a[href^='/sandbox/bidding']");
            // a mobile without a certificate of the channel is named as the field
            platform.fill("#mobile", "13800000000");
            platform.click("#request-signature");
            assertThat(platform.locator(".field.invalid .error")).isVisible();
            platform.fill("#mobile", holder.mobile());
            Browser.screenshot(platform, "signing-sandbox-bidding-" + lang + "-desktop");
            platform.click("#request-signature");
            assertThat(platform.locator("#bid-qr")).isVisible();
            assertThat(platform.locator("#bid-waiting")).isVisible();
            Browser.screenshot(platform, "signing-sandbox-qr-" + lang + "-desktop");
            String link = platform.locator("#bid-link").getAttribute("href");
            String qr = QrCodes.decode(http.getForObject(platform.locator("#bid-qr").getAttribute("src"),
                    byte[].class));
            assertThat(qr).endsWith(link);

            BrowserContext phone = browser.applicantPhone(holder.account());
            Page page = phone.newPage();
            page.navigate(browser.url(link + "?lang=" + lang));
            assertThat(page.locator(".asks")).containsText("招投标平台（沙箱）");
            page.fill("#pin", CloudHolders.PIN);
            page.click("#sign");
            assertThat(page.locator("#result")).isVisible();

            // the platform page polls and verifies on its own
            assertThat(platform.locator("#bid-result")).hasClass(java.util.regex.Pattern.compile(".*\\bok\\b.*"),
                    new LocatorAssertions.HasClassOptions().setTimeout(15_000));
            assertThat(platform.locator("#bid-result")).containsText(lang.equals("zh") ? "签名有效" : "Signature valid");
            assertThat(platform.locator("#bid-signature")).not().isEmpty();
            Browser.screenshot(platform, "signing-sandbox-verified-" + lang + "-desktop");
            Page phonePlatform = phone.newPage();
            phonePlatform.navigate(platform.url());
            assertThat(phonePlatform.locator("#bid-result")).containsText(lang.equals("zh") ? "签名有效"
                    : "Signature valid");
            Browser.screenshot(phonePlatform, "signing-sandbox-verified-" + lang + "-phone");
            phone.close();
            laptop.close();
        }
    }
}
