package com.certhall.orders.web;

import static com.certhall.support.CallerSecurityContexts.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.Orders;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Changing a submitted order from its page: the mailing address until shipped, and a confirmed cancellation. */
@IntegrationTest
class OrderChangePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;

    private final UUID account = UUID.randomUUID();

    @Test
    void theMailingAddressIsChangedOnAPageOfItsOwnUntilShipment() throws Exception {
        OrderId id = submittedUkeyOrder();
        assertThat(page("/orders/" + id)).contains("/orders/" + id + "/mailing-address");
        assertThat(page("/orders/" + id + "/mailing-address")).contains("云南省昆明市五华区人民中路 1 号")
                .contains("id=\"address-form\"").doesNotContain("??");
        String refused = mvc.perform(post("/orders/" + id + "/mailing-address").with(applicant(account)).with(csrf())
                        .param("recipient", "李收件").param("phone", "13700137000").param("address", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("value=\"李收件\"").contains("value=\"13700137000\"").contains("field invalid");
        assertThat(orders.details(id).draft().delivery().address()).isEqualTo("云南省昆明市五华区人民中路 1 号");

        mvc.perform(post("/orders/" + id + "/mailing-address").with(applicant(account)).with(csrf())
                        .param("recipient", "李收件").param("phone", "13700137000")
                        .param("address", "四川省成都市武侯区天府大道 99 号"))
                .andExpect(redirectedUrl("/orders/" + id + "?addressChanged"));
        assertThat(orders.details(id).draft().delivery().address()).isEqualTo("四川省成都市武侯区天府大道 99 号");
        assertThat(orders.details(id).draft().delivery().recipient()).isEqualTo("李收件");
    }

    @Test
    void cancellingIsConfirmedFirst() throws Exception {
        OrderId id = submittedUkeyOrder();
        assertThat(page("/orders/" + id)).contains("href=\"/orders/" + id + "/cancel\"");
        String confirm = page("/orders/" + id + "/cancel");
        assertThat(confirm).contains(orders.get(id).number()).contains("id=\"confirm-cancel\"");
        assertThat(orders.get(id).status()).isEqualTo(OrderStatus.AWAITING_PAPER);
        mvc.perform(post("/orders/" + id + "/cancel").with(applicant(account)).with(csrf())
                        .param("reason", "不再需要"))
                .andExpect(redirectedUrl("/orders?cancelled"));
        assertThat(orders.get(id).status()).isEqualTo(OrderStatus.CANCELLED);
        mvc.perform(get("/orders/" + id + "/cancel").with(applicant(account)))
                .andExpect(redirectedUrl("/orders/" + id));
        mvc.perform(get("/orders/" + id + "/mailing-address").with(applicant(account)))
                .andExpect(redirectedUrl("/orders/" + id));
    }

    private OrderId submittedUkeyOrder() {
        FacadeOrders fixture = Orders.anOrder().forAccount(account).forChannel("scf-chain").through(orders);
        OrderId id = fixture.organizationDraft("邮寄测试科技有限公司", Identities.uscc(), "13800138000", "enterprise", null);
        fixture.submittedOnPaper(id);
        return id;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(applicant(account))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
