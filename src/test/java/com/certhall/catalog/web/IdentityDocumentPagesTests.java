package com.certhall.catalog.web;

import static com.certhall.support.CallerSecurityContexts.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.domain.IdentityDocumentPolicy;
import com.certhall.orders.OrderCommands;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.SubjectType;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.IdentityDocument;
import com.certhall.shared.InvalidInputException;
import com.certhall.support.AsStaff;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.IntegrationTest;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 item 6: a channel's administrator narrows the identity documents its orders accept; the subject step
 * offers only those, and a subject with another document is refused naming the person's field.
 */
@IntegrationTest
@AsStaff(value = "channels", roles = StaffRole.CHANNEL_ADMIN)
class IdentityDocumentPagesTests {

    private static final String CHANNEL = "health-esign";

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    IdentityDocumentPolicy policy;
    @Autowired
    OrderManagement orders;

    @AfterEach
    void everyDocumentAgain() {
        policy.change(CHANNEL, EnumSet.allOf(IdentityDocument.Kind.class), "test");
    }

    @Test
    void theSubjectStepOffersAndAcceptsOnlyTheChannelsDocuments() throws Exception {
        String refused = mvc.perform(post("/admin/channels/" + CHANNEL + "/identity-documents").with(csrf())
                        .param("kinds", "PASSPORT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("必须保留居民身份证").containsPattern("value=\"PASSPORT\"[^>]*checked");
        assertThat(catalog.identityDocuments(CHANNEL)).containsExactlyInAnyOrder(IdentityDocument.Kind.values());

        mvc.perform(post("/admin/channels/" + CHANNEL + "/identity-documents").with(csrf())
                        .param("kinds", "RESIDENT_ID", "PASSPORT", "NO_SUCH_KIND"))
                .andExpect(status().isOk());
        assertThat(catalog.identityDocuments(CHANNEL))
                .isEqualTo(Set.of(IdentityDocument.Kind.RESIDENT_ID, IdentityDocument.Kind.PASSPORT));

        UUID account = UUID.randomUUID();
        OrderView order = Orders.anOrder().forAccount(account).forChannel(CHANNEL).ofSubject(SubjectType.PERSON)
                .through(orders).draft();
        String page = mvc.perform(get("/orders/" + order.id() + "/subject").with(applicant(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"PASSPORT\"").doesNotContain("value=\"HK_MACAO_PERMIT\"");

        SubjectForm permit = new SubjectForm(null, null, null, new SubjectForm.PartyForm("陈大文", "HK_MACAO_PERMIT",
                "H12345678", "13800138000", "chan@example.com", "广东省深圳市福田区深南大道 1 号", null));
        assertThatThrownBy(() -> orders.saveSubject(new OrderCommands.SaveSubject(order.id(), account, permit)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("person.idType"));
        assertThat(orders.details(order.id()).draft().subject()).isNull();
    }
}
