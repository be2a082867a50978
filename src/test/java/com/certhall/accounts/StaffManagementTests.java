package com.certhall.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.audit.AuditLog;
import com.certhall.support.WebIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The administrator manages staff users; role changes are security events in the audit log. */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class StaffManagementTests {

    @Autowired
    AccountsClient api;
    @Autowired
    AuditLog audit;

    @Test
    void adminCreatesStaffAndChangesRolesWhichIsAudited() {
        String admin = api.token("admin", "Sandbox-2026!");
        String username = "rev" + UUID.randomUUID().toString().substring(0, 6);
        ResponseEntity<Map> created = api.call(HttpMethod.POST, "/api/v1/admin/staff", admin, Map.of("username",
                username, "displayName", "赵审核", "roles", List.of("REVIEWER"), "password", "Review2026x"));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        assertThat((List<String>) created.getBody().get("roles")).containsExactly("REVIEWER");

        ResponseEntity<Map> changed = api.call(HttpMethod.PUT, "/api/v1/admin/staff/" + username + "/roles", admin,
                Map.of("roles", List.of("REVIEWER", "FINANCE")));
        assertThat(changed.getStatusCode().value()).isEqualTo(200);
        assertThat((List<String>) changed.getBody().get("roles")).containsExactlyInAnyOrder("REVIEWER", "FINANCE");

        assertThat(audit.recent("accounts.staff.rolesChanged", null, 20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("staff:admin");
            assertThat(e.subject()).isEqualTo("staff:" + username);
            assertThat(e.details()).containsEntry("before", "REVIEWER").containsEntry("after", "REVIEWER,FINANCE");
        });
        String token = api.token(username, "Review2026x");
        Map me = api.call(HttpMethod.GET, "/api/v1/me", token, null).getBody();
        assertThat(String.valueOf(me)).contains("FINANCE");
    }

    @Test
    void badInputNamesEveryFieldAndTakenNamesConflict() {
        String admin = api.token("admin", "Sandbox-2026!");
        ResponseEntity<Map> bad = api.call(HttpMethod.POST, "/api/v1/admin/staff", admin,
                Map.of("username", "X", "displayName", "", "roles", List.of(), "password", "short"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) bad.getBody().get("errors")).extracting(e -> e.get("field"))
                .contains("username", "displayName", "roles", "password");
        ResponseEntity<Map> taken = api.call(HttpMethod.POST, "/api/v1/admin/staff", admin, Map.of("username",
                "reviewer", "displayName", "重名", "roles", List.of("REVIEWER"), "password", "Review2026x"));
        assertThat(taken.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void onlyAdministratorsManageStaff() {
        String reviewer = api.token("reviewer", "Sandbox-2026!");
        assertThat(api.call(HttpMethod.GET, "/api/v1/admin/staff", reviewer, null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.call(HttpMethod.GET, "/api/v1/admin/staff", null, null).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorCannotDropHisOwnAdminRole() {
        String admin = api.token("admin", "Sandbox-2026!");
        ResponseEntity<Map> refused = api.call(HttpMethod.PUT, "/api/v1/admin/staff/admin/roles", admin,
                Map.of("roles", List.of("AUDITOR")));
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
    }
}
