package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The cloud signing calls as docs/api.md describes them (docs/api.md, "Cloud signing"): the holder's
 * activation at {@code /api/v1/certificates/{serial}/activation-code} and {@code .../activation {smsCode, pin}}, the
 * certificate's signature log at {@code .../signatures}, and the partner token at {@code POST /oauth2/token}
 * (RFC 6749 §4.4, client by HTTP Basic or by form, §5.2 errors).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class SigningContractTests extends CloudSigningTestBase {

    @Autowired
    AccountsTestSupport.Recorder recorder;

    @Test
    void aHolderActivatesAtTheCertificatePathsAndReadsTheCertificatesSignatureLog() throws Exception {
        CloudHolders.Holder holder = holders.register();
        String serial = holders.issueInactive(holder, "EC_P256");
        String base = "/api/v1/certificates/" + serial;

        ResponseEntity<Map> sent = accounts.call(HttpMethod.POST, base + "/activation-code", holder.token(), null);
        assertThat(sent.getStatusCode().value()).as("%s", sent.getBody()).isEqualTo(202);
        assertThat((String) sent.getBody().get("maskedMobile")).contains("****");
        String code = recorder.codeFor(holder.mobile());
        ResponseEntity<Map> trivial = accounts.call(HttpMethod.POST, base + "/activation", holder.token(),
                Map.of("smsCode", code, "pin", "123456"));
        assertThat(trivial.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(trivial)).containsExactly("pin");
        ResponseEntity<Map> done = accounts.call(HttpMethod.POST, base + "/activation", holder.token(),
                Map.of("smsCode", code, "pin", "583027"));
        assertThat(done.getStatusCode().value()).as("%s", done.getBody()).isEqualTo(200);
        assertThat(done.getBody()).containsEntry("activated", true);

        CscClient partner = SigningPinTests.partner(accounts, "渝E公共资源交易平台");
        String hash = SigningPinTests.sha256("开标记录");
        Map sad = partner.ok("credentials/authorize", SigningPinTests.authorize(serial, List.of(hash), "583027"));
        partner.ok("signatures/signHash", Map.of("credentialID", serial, "SAD", sad.get("SAD"), "hashes",
                List.of(hash), "hashAlgorithmOID", SigningPinTests.SHA256, "signAlgo", "1.2.840.10045.4.3.2"));
        // a second certificate of the same holder: its log does not show the first one's signature
        String other = holders.issueInactive(holder, "EC_P256");

        Map log = accounts.call(HttpMethod.GET, base + "/signatures", holder.token(), null).getBody();
        assertThat(log).containsEntry("total", 1).containsEntry("page", 0).containsEntry("size", 20);
        assertThat((List<Map>) log.get("items")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("serialHex", serial).containsEntry("result", "SIGNED")
                .containsEntry("partner", "渝E公共资源交易平台"));
        assertThat(accounts.call(HttpMethod.GET, "/api/v1/certificates/" + other + "/signatures", holder.token(),
                null).getBody()).containsEntry("total", 0);
        CloudHolders.Holder stranger = holders.register();
        assertThat(accounts.call(HttpMethod.GET, base + "/signatures", stranger.token(), null).getStatusCode()
                .value()).isEqualTo(404);
        assertThat(accounts.call(HttpMethod.POST, base + "/activation-code", stranger.token(), null)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void thePartnerTokenEndpointAnswersAtOauth2TokenWithBasicOrFormClientAuthentication() {
        Map created = CscClient.register(accounts, CscClient.admin(accounts), Map.of("channelCode",
                CloudHolders.CHANNEL, "name", "渝E合同平台"));
        String id = (String) created.get("clientId");
        String secret = (String) created.get("clientSecret");

        ResponseEntity<Map> basic = token(form("client_credentials", "signing"), id + ":" + secret);
        assertThat(basic.getStatusCode().value()).as("%s", basic.getBody()).isEqualTo(200);
        assertThat(basic.getBody()).containsEntry("token_type", "Bearer").containsEntry("scope", "signing")
                .containsKey("expires_in");
        assertThat(basic.getHeaders().getCacheControl()).isEqualTo("no-store");
        MultiValueMap<String, String> inForm = form("client_credentials", "signing");
        inForm.add("client_id", id);
        inForm.add("client_secret", secret);
        ResponseEntity<Map> viaForm = token(inForm, null);
        assertThat(viaForm.getStatusCode().value()).as("%s", viaForm.getBody()).isEqualTo(200);
        // the token is the one the CSC API takes from partners
        CscClient partner = new CscClient(http, (String) viaForm.getBody().get("access_token"));
        assertThat(partner.post("credentials/list", Map.of()).getStatusCode().value()).isNotEqualTo(401);
        assertThat(new CscClient(http, "not-a-token").post("credentials/list", Map.of()).getStatusCode().value())
                .isEqualTo(401);

        ResponseEntity<Map> wrong = token(form("client_credentials", "signing"), id + ":wrong");
        assertThat(wrong.getStatusCode().value()).isEqualTo(401);
        assertThat(wrong.getBody()).containsEntry("error", "invalid_client");
        assertThat(wrong.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        ResponseEntity<Map> none = token(form("client_credentials", "signing"), null);
        assertThat(none.getStatusCode().value()).isEqualTo(401);
        assertThat(none.getBody()).containsEntry("error", "invalid_client");
        ResponseEntity<Map> scope = token(form("client_credentials", "admin"), id + ":" + secret);
        assertThat(scope.getStatusCode().value()).isEqualTo(400);
        assertThat(scope.getBody()).containsEntry("error", "invalid_scope");
        ResponseEntity<Map> grant = token(form("password", "signing"), id + ":" + secret);
        assertThat(grant.getStatusCode().value()).isEqualTo(400);
        assertThat(grant.getBody()).containsEntry("error", "unsupported_grant_type");

        // a disabled client gets no token
        accounts.call(HttpMethod.DELETE, "/api/v1/admin/partner-clients/" + id,
                CscClient.admin(accounts), null);
        assertThat(token(form("client_credentials", "signing"), id + ":" + secret).getBody())
                .containsEntry("error", "invalid_client");
    }

    private static MultiValueMap<String, String> form(String grantType, String scope) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", grantType);
        form.add("scope", scope);
        return form;
    }

    private ResponseEntity<Map> token(MultiValueMap<String, String> form, String basic) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (basic != null) {
            headers.setBasicAuth(java.util.Base64.getEncoder().encodeToString(basic.getBytes()));
        }
        return http.exchange("/oauth2/token", HttpMethod.POST, new HttpEntity<>(form, headers), Map.class);
    }
}
