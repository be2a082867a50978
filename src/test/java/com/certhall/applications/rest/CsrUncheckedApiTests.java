package com.certhall.applications.rest;

import static com.certhall.applications.rest.OrderClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.applications.TestCertificateRequestCheck;
import com.certhall.shared.CertificateRequestCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;

/** Without a certificate request checker (the pki module absent) a line with a CSR is refused with a 503. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = AccountsTestSupport.PROPERTIES)
@Import(AccountsTestSupport.class)
@SuppressWarnings("rawtypes")
class CsrUncheckedApiTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    ObjectProvider<CertificateRequestCheck> checkers;

    @Test
    void aCsrIsRefusedWith503WhileNoCheckerIsInstalledAndLinesWithoutOneStillWork() {
        if (checkers.getIfAvailable() != null) {
            return; // the pki module's checker is installed in this build; OrdersApiTests covers the checked path
        }
        OrderClient api = OrderClient.register(http, new AccountsClient(http, captchas, recorder));
        String id = api.create("health-esign", "PERSON");
        ResponseEntity<Map> refused = api.put(id, "items", List.of(Map.of("productCode", "doctor-cloud", "years", 1,
                "keyAlgorithm", "EC_P256", "csr", TestCertificateRequestCheck.csr("EC"))));
        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat((String) refused.getBody().get("detail")).contains("稍后再试");
        assertThat(fields(refused)).isEmpty();
        api.ok(api.put(id, "items", List.of(Map.of("productCode", "doctor-cloud", "years", 1))));
    }
}
