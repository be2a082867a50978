package com.certhall.catalog.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.PolicyDecision;
import com.certhall.catalog.PrerequisiteUnavailableException;
import com.certhall.shared.Uscc;
import com.certhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coal-trade channel's prerequisite asks the sandbox partner registry: registered organisations pass, others are
 * refused with a message naming the platform, and a registry that is down gives "try again later", never a pass.
 */
@IntegrationTest
class PrerequisiteCheckTests {

    static final String SEEDED = "91140100MA0K7Q2C3Q";
    static final String NEWCOMER = "91140200MA0GX1T05C";

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogManagement catalog;

    @Test
    void channelsWithoutPrerequisiteAllowEveryone() {
        assertThat(catalog.checkPrerequisite("scf-chain", new Uscc(NEWCOMER)).isAllowed()).isTrue();
    }

    @Test
    void registeredOrganisationPassesAndOthersAreRefusedByName() throws Exception {
        assertThat(catalog.checkPrerequisite("coal-trade", new Uscc(SEEDED)).isAllowed()).isTrue();
        assertThat(catalog.checkPrerequisite("coal-trade", new Uscc("91410100MA44P9KX21")))
                .isInstanceOfSatisfying(PolicyDecision.Rejection.class, r -> {
                    assertThat(r.code()).isEqualTo("notRegistered");
                    assertThat(r.args()).containsExactly("煤炭交易在线平台");
                });
    }

    @Test
    void registeringThroughTheSandboxApiMakesTheCheckPass() throws Exception {
        mvc.perform(post("/sandbox/api/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registry\":\"COAL_TRADE\",\"uscc\":\" 9114 0200 MA0G X1T0 5C \","
                                + "\"organizationName\":\"晋北焦化有限公司\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.uscc").value(NEWCOMER));
        assertThat(catalog.checkPrerequisite("coal-trade", new Uscc(NEWCOMER)).isAllowed()).isTrue();
        mvc.perform(get("/sandbox/api/registrations"))
                .andExpect(jsonPath("$.registrations[*].uscc", hasItem(NEWCOMER)));
        mvc.perform(post("/sandbox/api/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registry\":\"COAL_TRADE\",\"uscc\":\"" + NEWCOMER
                                + "\",\"organizationName\":\"晋北焦化有限公司\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void badRegistrationNamesEachField() throws Exception {
        mvc.perform(post("/sandbox/api/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registry\":\"NOPE\",\"uscc\":\"91140200MA0GX1T05D\",\"organizationName\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("registry", "uscc",
                        "organizationName")));
    }

    @Test
    void registryDownMeansTryAgainLaterNotAPass() throws Exception {
        mvc.perform(post("/sandbox/api/registrations/availability").contentType(MediaType.APPLICATION_JSON)
                .content("{\"available\":false}")).andExpect(jsonPath("$.available").value(false));
        try {
            assertThatThrownBy(() -> catalog.checkPrerequisite("coal-trade", new Uscc(SEEDED)))
                    .isInstanceOfSatisfying(PrerequisiteUnavailableException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.messageKey()).isEqualTo("catalog.prerequisite.unavailable");
                    });
            mvc.perform(get("/sandbox/registrations"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("故障")));
        } finally {
            mvc.perform(post("/sandbox/api/registrations/availability").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"available\":true}"));
        }
        assertThat(catalog.checkPrerequisite("coal-trade", new Uscc(SEEDED)).isAllowed()).isTrue();
    }
}
