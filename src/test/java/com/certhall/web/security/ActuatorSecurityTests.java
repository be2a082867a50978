package com.certhall.web.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.support.AsApplicant;
import com.certhall.support.AsStaff;
import com.certhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Actuator: health for everyone, everything else (info, metrics, prometheus) for ADMIN only (issue 11 item 13). */
@IntegrationTest
class ActuatorSecurityTests {

    private static final String[] RESTRICTED = {"/actuator/info", "/actuator/metrics",
            "/actuator/metrics/jvm.memory.used", "/actuator/prometheus", "/actuator"};

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousGetsHealthAndNothingElse() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        for (String path : RESTRICTED) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
    }

    @Test
    @AsApplicant("7d0f3c1e-5b7a-4a44-9a51-0c4f0e2b9a01")
    void aSignedInApplicantReadsNoMetrics() throws Exception {
        for (String path : RESTRICTED) {
            mvc.perform(get(path)).andExpect(status().isForbidden());
        }
    }

    @Test
    @AsStaff(value = "rita", roles = StaffRole.REVIEWER)
    void staffWithoutAdminReadNoMetrics() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().isForbidden());
    }

    @Test
    @AsStaff(value = "anna", roles = StaffRole.ADMIN)
    void anAdministratorReadsMetricsAndInfo() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().isOk()).andExpect(jsonPath("$.names").isArray());
        mvc.perform(get("/actuator/info")).andExpect(status().isOk())
                .andExpect(jsonPath("$.pki.signatureEngine.ecdsaRsa").isString())
                .andExpect(jsonPath("$.pki.signatureEngine.sm2").value("bouncy-castle"));
    }
}
