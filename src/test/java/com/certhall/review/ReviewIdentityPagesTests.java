package com.certhall.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.audit.AuditLog;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Orders;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.IntegrationTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reviewers compare ID numbers with the scans: shown in full on request, to reviewers only, each time audited. */
@IntegrationTest
class ReviewIdentityPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    AuditLog audit;

    @Test
    void aReviewerRevealsTheFullNumbersAndTheRevealIsAudited() throws Exception {
        FacadeOrders fixture = Orders.anOrder().forChannel("scf-chain").through(orders);
        OrderId id = fixture.organizationDraft("核对证件科技有限公司", Identities.uscc(), "13800138000", "enterprise", null);
        String number = orders.get(id).number();
        String full = FacadeOrders.HANDLER_ID;

        String masked = mvc.perform(get("/admin/reviews/" + id).with(staff("reviewer-a", StaffRole.REVIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(masked).doesNotContain(full).contains("id=\"reveal-ids\"");

        mvc.perform(post("/admin/reviews/" + id + "/identity-numbers").with(staff("operator-a", StaffRole.OPERATOR))
                .with(csrf())).andExpect(status().isForbidden());
        String shown = mvc.perform(post("/admin/reviews/" + id + "/identity-numbers")
                        .with(staff("reviewer-a", StaffRole.REVIEWER)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains(full).contains("id=\"ids-revealed\"");
        assertThat(audit.recent("review.revealIds", null, 20)).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("order:" + number);
            assertThat(e.actor()).contains("reviewer-a");
            assertThat(String.valueOf(e.details())).doesNotContain(full);
        });
        // the next view is masked again
        assertThat(mvc.perform(get("/admin/reviews/" + id).with(staff("reviewer-a", StaffRole.REVIEWER)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(full);
    }

    private static RequestPostProcessor staff(String name, StaffRole role) {
        AuthenticatedUser user = AuthenticatedUser.staff(UUID.nameUUIDFromBytes(name.getBytes()), name, Set.of(role));
        return authentication(CallerSecurityContexts.of(user).getAuthentication());
    }
}
