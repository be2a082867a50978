package com.certhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.SmsCodeIssued;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderEvents.AuthorizationRequested;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.orders.SubjectType;
import com.certhall.sandbox.inbox.SandboxInbox;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import com.certhall.support.StoredSecrets;
import com.certhall.support.TestClock;
import com.certhall.verification.FaceDelivery;
import com.certhall.verification.PartyRole;
import com.certhall.verification.StartVerification;
import com.certhall.verification.VerificationManagement;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.provider.sandbox.SandboxIdentities;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * No secret rests in our database (issue 11 item 10, docs/security.md "Secrets"): after registration, an SMS login,
 * an order's online-authorization link and a cloud certificate's PIN hand-over, no text column of any table holds
 * an SMS code, the link's token, the PIN or the bearer token in clear — not even the event publications the outbox
 * keeps. The sandbox's own tables are the simulated SMS provider and bank, which received them by design.
 */
@KnownPortIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class SecretsAtRestTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("/authorize/([A-Za-z0-9_-]{20,})");
    private static final Pattern FACE = Pattern.compile("/sandbox/face/([A-Za-z0-9_-]{8,})");
    private static final Pattern PIN = Pattern.compile("口令为 (\\d{6,8})");

    @Autowired
    com.certhall.lifecycle.ProductionManagement production;
    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder codes;
    @Autowired
    OrderManagement orders;
    @Autowired
    SandboxInbox inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VerificationManagement verifications;
    @Autowired
    SandboxIdentities identities;
    @Autowired
    TestClock clock;
    @Autowired
    ObjectMapper json;

    @Test
    void noCodeLinkTokenPinOrBearerTokenIsStoredInClear() {
        Map<String, String> secrets = new HashMap<>();
        AccountsClient accounts = new AccountsClient(http, captchas, codes);

        String mobile = accounts.registerPerson("secret" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        secrets.put("registration code", codes.codeFor(mobile));
        clock.advance(Duration.ofSeconds(61));
        String loginCode = accounts.code(mobile, "LOGIN");
        secrets.put("login code", loginCode);
        HttpHeaders idempotent = new HttpHeaders();
        idempotent.add("Idempotency-Key", UUID.randomUUID().toString());
        ResponseEntity<Map> token = http.postForEntity("/api/v1/tokens",
                new HttpEntity<>(Map.of("mobile", mobile, "smsCode", loginCode), idempotent), Map.class);
        assertThat(token.getStatusCode().value()).as(String.valueOf(token.getBody())).isEqualTo(200);
        secrets.put("bearer token", (String) token.getBody().get("accessToken"));
        awaitSms(mobile, loginCode);

        secrets.put("authorization link token", authorizationLinkToken(OrderApi.register(accounts)));
        secrets.put("certificate PIN", handedOverPin());
        secrets.put("face link token", faceLinkToken());

        List<String> found = scan(secrets);
        assertThat(found).as("secrets stored in clear").isEmpty();
    }

    /** The migration clears what earlier versions stored; what remains still reads as the new events. */
    @Test
    void theMigrationRemovesCodesAndLinksFromStoredPublications() throws Exception {
        UUID sms = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        String smsJson = "{\"challengeId\":\"" + UUID.randomUUID() + "\",\"mobile\":\"13900000000\","
                + "\"purpose\":\"REGISTER\",\"code\":\"482913\",\"expiresAt\":\"2026-12-01T08:00:00Z\","
                + "\"locale\":\"zh_CN\"}";
        String linkJson = "{\"applicationId\":{\"id\":\"" + UUID.randomUUID() + "\"},\"number\":\"CH1\","
                + "\"organizationName\":\"测试科技有限公司\",\"legalRepName\":\"李法人\","
                + "\"legalRepMobile\":\"13900000001\",\"handlerName\":\"王经办\","
                + "\"link\":\"http://localhost:8080/authorize/Zm9yZ2VkLXRva2VuLTEyMzQ1Njc4\","
                + "\"expiresAt\":\"2026-12-01T08:00:00Z\",\"locale\":\"zh_CN\",\"actor\":\"applicant:x\"}";
        archive(sms, SmsCodeIssued.class.getName(), smsJson);
        archive(link, AuthorizationRequested.class.getName(), linkJson);

        try (var connection = jdbc.getDataSource().getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(
                    "db/migration/common/V2026_12_05_0420__notifications_event_secrets.sql"));
        }

        String cleanSms = stored(sms);
        String cleanLink = stored(link);
        assertThat(cleanSms).doesNotContain("482913").doesNotContain("\"code\"").contains("\"purpose\":\"REGISTER\"");
        assertThat(cleanLink).doesNotContain("/authorize/").doesNotContain("\"link\"")
                .contains("\"handlerName\":\"王经办\"");
        assertThat(json.readValue(cleanSms, SmsCodeIssued.class).purpose().name()).isEqualTo("REGISTER");
        assertThat(json.readValue(cleanLink, AuthorizationRequested.class).number()).isEqualTo("CH1");
    }

    private void archive(UUID id, String type, String event) {
        jdbc.update("INSERT INTO event_publication_archive (id, completion_date, event_type, listener_id, "
                + "publication_date, serialized_event) VALUES (?, ?, ?, ?, ?, ?)", id,
                java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), type, "test.listener",
                java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), event);
    }

    private String stored(UUID id) {
        return jdbc.queryForObject("SELECT serialized_event FROM event_publication_archive WHERE id = ?", String.class,
                id);
    }

    private String authorizationLinkToken(OrderApi api) {
        String id = api.create("bid-cloud", "ORGANIZATION");
        Map subject = OrderApi.organization(Identities.uscc(), AccountsTestSupport.newMobile(), false);
        String legalRep = (String) ((Map) ((Map) subject.get("organization")).get("legalRep")).get("mobile");
        api.ok(api.put(id, "subject", subject));
        ResponseEntity<Map> link = api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/authorization/sms-link", null);
        assertThat(link.getStatusCode().value()).as(String.valueOf(link.getBody())).isEqualTo(202);
        String sms = awaitSms(legalRep, "/authorize/");
        Matcher token = LINK.matcher(sms);
        assertThat(token.find()).as(sms).isTrue();
        return token.group(1);
    }

    private String faceLinkToken() {
        String mobile = AccountsTestSupport.newMobile();
        String idNumber = Identities.residentId();
        identities.addPerson("韩梅梅", idNumber, mobile);
        OrderView order = Orders.anOrder().forAccount(UUID.randomUUID()).forChannel("demo")
                .ofSubject(SubjectType.PERSON).through(orders).draft();
        verifications.start(new StartVerification(order.id(), PartyRole.PERSON, VerificationMethod.FACE, "韩梅梅",
                ResidentIdNumber.parse("id", idNumber), MobileNumber.parse("mobile", mobile), null, null, null, null,
                null, FaceDelivery.SMS_LINK, "applicant:x", Locale.SIMPLIFIED_CHINESE));
        Matcher token = FACE.matcher(awaitSms(mobile, "/sandbox/face/"));
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    /** The PIN of a UKEY, handed over by SMS when the token is written (a cloud certificate has none to send). */
    private String handedOverPin() {
        String mobile = AccountsTestSupport.newMobile();
        FacadeOrders fixture = Orders.anOrder().forAccount(UUID.randomUUID()).forChannel("plateau-trade")
                .through(orders);
        OrderId id = fixture.organizationDraft("测试科技有限公司", Identities.uscc(), mobile, "org-ukey", "EC_P256");
        fixture.delivery(id, "PICKUP", mobile);
        String number = fixture.approvedOnPaper(id).number();
        Eventually.await("order at the desk", WAIT, production::open,
                l -> l.stream().anyMatch(p -> p.orderNumber().equals(number)));
        production.produce(id, "staff:operator");
        String sms = awaitSms(mobile, number);
        Matcher pin = PIN.matcher(sms);
        assertThat(pin.find()).as(sms).isTrue();
        return pin.group(1);
    }

    private String awaitSms(String mobile, String containing) {
        return Eventually.await("SMS to " + mobile, WAIT, () -> inbox.messages(mobile, 10).stream()
                .map(SandboxInbox.Message::text).filter(t -> t.contains(containing)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    /** Every text column of every table but the sandbox's, read whole, also base64-decoded where it looks encoded. */

    private List<String> scan(Map<String, String> secrets) {
        return StoredSecrets.find(jdbc, secrets);
    }
}
