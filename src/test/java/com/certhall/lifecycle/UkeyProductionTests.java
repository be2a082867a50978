package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.StaffRole;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.sandbox.inbox.SandboxInbox;
import com.certhall.support.AsStaff;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * UKEY orders at the operator's desk: they wait after approval, "produce" issues and writes the key onto a (virtual)
 * token, then a shipment with a tracking number the courier accepts (SMS to the handler, tracking page) or a pickup
 * by the handler in person.
 */
@AsStaff(value = "operator", roles = StaffRole.OPERATOR)
@KnownPortIntegrationTest
class UkeyProductionTests {

    @Autowired
    OrderManagement orders;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    ProductionManagement production;
    @Autowired
    SandboxInbox inbox;
    @Autowired
    MockMvc mvc;
    @Value("${certhall.data-dir}")
    Path dataDir;

    @Test
    void producedShippedAndTracked() throws Exception {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        OrderView order = new ProductionDesk(orders, production).waiting(account, mobile, Identities.uscc(), "MAIL");
        String id = order.id().toString();
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.APPROVED);
        String page = mvc.perform(get("/admin/production").param("q", order.number())).andExpect(status().isOk())
                .andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("制证发货").contains(order.number()).contains("待制证");

        mvc.perform(post("/api/v1/admin/orders/{id}/shipment", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"SF\",\"trackingNumber\":\"SF123456789012\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/admin/orders/{id}/production", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PRODUCED"));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ISSUED);
        HeldCertificateView cert = certificates.ofOrder(order.id()).get(0);
        assertThat(cert.medium()).isEqualTo("UKEY");
        assertThat(cert.tokenSerial()).startsWith("CHK");
        Path token = dataDir.resolve("tokens").resolve(cert.tokenSerial() + ".p12");
        String sms = Eventually.await("PIN SMS", Duration.ofSeconds(30), () -> text(mobile, "口令"), s -> s != null);
        Matcher pin = Pattern.compile("口令为 (\\d{6,8})").matcher(sms);
        assertThat(pin.find()).isTrue();
        KeyStore onToken = KeyStore.getInstance("PKCS12");
        onToken.load(new ByteArrayInputStream(Files.readAllBytes(token)), pin.group(1).toCharArray());
        assertThat(onToken.size()).isEqualTo(1);

        mvc.perform(post("/api/v1/admin/orders/{id}/shipment", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"UPS\",\"trackingNumber\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("carrier"))
                .andExpect(jsonPath("$.errors[1].field").value("trackingNumber"));
        mvc.perform(post("/api/v1/admin/orders/{id}/shipment", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"SF\",\"trackingNumber\":\"12345\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("trackingNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("运单号")));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ISSUED);

        // until it is shipped the applicant may still correct the mailing address (through the delivery step)
        orders.saveDelivery(new com.certhall.orders.OrderCommands.SaveDelivery(order.id(), account, new com.certhall.orders.OrderCommands.DeliveryForm("MAIL", null,
                null, "上海市浦东新区世纪大道 100 号")));
        assertThat(orders.details(order.id()).draft().delivery().address()).isEqualTo("上海市浦东新区世纪大道 100 号");

        String waybill = "SF" + String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
        mvc.perform(post("/api/v1/admin/orders/{id}/shipment", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"sf\",\"trackingNumber\":\"" + waybill.toLowerCase() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHIPPED"))
                .andExpect(jsonPath("$.trackingNumber").value(waybill));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.SHIPPED);
        String shipped = Eventually.await("shipment SMS", Duration.ofSeconds(30), () -> text(mobile, waybill),
                s -> s != null);
        assertThat(shipped).contains("/sandbox/courier/" + waybill);
        String tracking = mvc.perform(get("/sandbox/courier/{n}", waybill)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(tracking).contains(waybill).contains("快递员已揽收")
                .doesNotContain(ApprovedOrders.HANDLER_NAME);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> orders.saveDelivery(new com.certhall.orders.OrderCommands.SaveDelivery(order.id(), account,
                        new com.certhall.orders.OrderCommands.DeliveryForm("MAIL", null, null, "别处"))))
                .isInstanceOf(com.certhall.orders.domain.ActionRefused.class);
        assertThat(orders.details(order.id()).draft().delivery().address()).isEqualTo("上海市浦东新区世纪大道 100 号");
    }

    @Test
    void theDeskIsPagedAndFindsAnOrderByTheStartOfItsNumber() throws Exception {
        OrderView first = new ApprovedOrders(orders).ukeyOrganization(UUID.randomUUID(),
                AccountsTestSupport.newMobile(), Identities.uscc(), "MAIL");
        OrderView second = new ApprovedOrders(orders).ukeyOrganization(UUID.randomUUID(),
                AccountsTestSupport.newMobile(), Identities.uscc(), "PICKUP");
        Eventually.await("both at the desk", Duration.ofSeconds(30), () -> production.open("", 0, 500).items(),
                l -> l.stream().filter(p -> p.orderNumber().equals(first.number())
                        || p.orderNumber().equals(second.number())).count() == 2);

        var page = production.open("", 0, 1);
        assertThat(page.items()).hasSize(1);
        assertThat(page.total()).isGreaterThanOrEqualTo(2);
        assertThat(page.hasNext()).isTrue();
        assertThat(production.open(" " + second.number().toLowerCase() + " ", 0, 20).items())
                .extracting(ProductionView::orderNumber).containsExactly(second.number());

        mvc.perform(get("/admin/production").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pager-next\"")))
                .andExpect(content().string(containsString("第 1/")));
        mvc.perform(get("/admin/production").param("q", first.number()))
                .andExpect(content().string(containsString(first.number())))
                .andExpect(content().string(not(containsString(second.number()))))
                .andExpect(content().string(not(containsString("id=\"pager-next\""))));
        mvc.perform(get("/admin/production").param("page", "99999").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pager-previous\"")));
    }

    @Test
    void aPickupMustBeMadeByTheHandler() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = new ProductionDesk(orders, production).waiting(account,
                AccountsTestSupport.newMobile(), Identities.uscc(), "PICKUP");
        String id = order.id().toString();
        mvc.perform(post("/api/v1/admin/orders/{id}/production", id)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/admin/orders/{id}/shipment", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"SF\",\"trackingNumber\":\"SF123456789099\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/admin/orders/{id}/pickup", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"李法人\",\"idNumber\":\"" + ApprovedOrders.HANDLER_ID + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ISSUED);
        mvc.perform(post("/api/v1/admin/orders/{id}/pickup", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + ApprovedOrders.HANDLER_NAME + "\",\"idNumber\":\""
                                + ApprovedOrders.HANDLER_ID.toLowerCase() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COLLECTED"))
                .andExpect(jsonPath("$.collectedBy").value(org.hamcrest.Matchers.startsWith(
                        ApprovedOrders.HANDLER_NAME)));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(production.open()).noneMatch(p -> p.orderNumber().equals(order.number()));
    }

    @Test
    @AsStaff(value = "finance", roles = StaffRole.FINANCE)
    void onlyOperatorsProduce() throws Exception {
        mvc.perform(post("/api/v1/admin/orders/{id}/production", UUID.randomUUID().toString()))
                .andExpect(status().isForbidden());
    }

    private String text(String mobile, String containing) {
        List<SandboxInbox.Message> messages = inbox.messages(mobile, 20);
        return messages.stream().map(SandboxInbox.Message::text).filter(t -> t.contains(containing)).findFirst()
                .orElse(null);
    }
}
