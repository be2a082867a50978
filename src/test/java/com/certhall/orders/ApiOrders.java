package com.certhall.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.support.OrderApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;

/**
 * Orders brought into a state by an applicant walking the orders API as the wizard does (from
 * {@link Orders#through(OrderApi)}): subject, identity checks, products, invoice, delivery, uploads, signature and
 * submission, each step asserted. {@code handlerMobile} gets the signature codes and the outcome SMS.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class ApiOrders {

    private final OrderApi api;
    private final String handlerMobile;
    private final String channel;
    private final Map<String, byte[]> scans = new HashMap<>();

    ApiOrders(OrderApi api, String handlerMobile, String channel) {
        this.api = api;
        this.handlerMobile = handlerMobile;
        this.channel = channel;
    }

    /** A photo (JPEG) uploaded as the material of {@code kind} instead of the blank sample, e.g. a generated scan. */
    public ApiOrders withScan(String kind, byte[] jpeg) {
        scans.put(kind, jpeg);
        return this;
    }

    /** An organisation whose legal representative handles it (zy-interop unless set): in review once submitted. */
    public OrderId inReview() {
        String id = api.create(channel("zy-interop"), "ORGANIZATION");
        Map<String, Object> subject = organization(Identities.uscc());
        api.save(id, "subject", subject);
        api.passIdentityChecks(id, subject);
        api.save(id, "items", List.of(Map.of("productCode", "org", "years", 1)));
        api.save(id, "invoice", Map.of("wanted", false));
        api.save(id, "delivery", Map.of("method", "PICKUP"));
        for (String kind : List.of("APPLICATION_FORM", "BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE")) {
            boolean license = "BUSINESS_LICENSE".equals(kind);
            if (scans.containsKey(kind)) {
                api.attach(id, kind, kind.toLowerCase() + ".jpg", scans.get(kind));
                continue;
            }
            api.attach(id, kind, license ? "license.pdf" : kind.toLowerCase() + ".jpg",
                    license ? DocumentSamples.pdf() : DocumentSamples.image(DocumentFormat.JPEG, 160, 100));
        }
        assertThat(api.submit(id, handlerMobile).get("status")).isEqualTo("PENDING_REVIEW");
        return new OrderId(UUID.fromString(id));
    }

    /** A person with ID scans only, verified by telecom (health-esign unless set): pays first, then review. */
    public OrderId awaitingPayment() {
        String id = personWithScans(true);
        assertThat(api.submit(id, handlerMobile).get("status")).isEqualTo("PENDING_PAYMENT");
        return new OrderId(UUID.fromString(id));
    }

    /**
     * A person who gave up the online check and took the paper path (health-esign unless set): the order waits
     * for the signed paper form ({@code AWAITING_PAPER}) with no identity check at all.
     */
    public OrderId awaitingPaper() {
        String id = personWithScans(false);
        Map offline = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/offline", null));
        assertThat(offline.get("onPaper")).isEqualTo(true);
        Map submitted = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/paper-submission", null));
        assertThat(submitted.get("status")).isEqualTo("AWAITING_PAPER");
        return new OrderId(UUID.fromString(id));
    }

    private String personWithScans(boolean verify) {
        String id = api.create(channel("health-esign"), "PERSON");
        Map<String, Object> subject = Map.of("person", party("赵个人", "zhao@example.com"));
        api.save(id, "subject", subject);
        if (verify) {
            api.passIdentityChecks(id, subject);
        }
        api.save(id, "items", List.of(Map.of("productCode", "doctor-cloud", "years", 1)));
        api.save(id, "invoice", Map.of("wanted", false));
        api.save(id, "delivery", Map.of("method", "NONE"));
        for (String kind : List.of("ID_FRONT", "ID_BACK")) {
            api.attach(id, kind, kind.toLowerCase() + ".jpg", DocumentSamples.image(DocumentFormat.JPEG, 160, 100));
        }
        return id;
    }

    private String channel(String scenarioDefault) {
        return channel == null ? scenarioDefault : channel;
    }

    private Map<String, Object> organization(String uscc) {
        Map<String, Object> legalRep = party("李法人", "li@example.com");
        Map<String, Object> org = new HashMap<>();
        org.put("name", "审核测试科技有限公司");
        org.put("uscc", uscc);
        org.put("address", "深圳市南山区科技园 1 号");
        org.put("legalRep", legalRep);
        Map<String, Object> body = new HashMap<>();
        body.put("organization", org);
        body.put("handler", legalRep);
        body.put("handlerIsLegalRep", true);
        return body;
    }

    private Map<String, Object> party(String name, String email) {
        Map<String, Object> party = OrderApi.party(name, Identities.residentId(), handlerMobile, email);
        party.put("address", "深圳市南山区科技园 1 号");
        return party;
    }
}
