package com.certhall.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.WebIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages: CSRF on, login pages for applicants and staff, security headers. */
@WebIntegrationTest
class PageSecurityTests {

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void aLoginPostWithoutCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=admin&password=Sandbox-2026!")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void theSandboxIsHealthyWithoutAnSmtpServer() throws Exception {
        // sandbox e-mail goes to the sandbox inbox; no mail server runs here, and health must still say UP
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void protectedPagesSendApplicantsAndStaffToTheirOwnLogin() throws Exception {
        assertThat(get("/account").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login"));
        assertThat(get("/admin").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/admin/login"));
    }

    @Test
    void loginPagesCarrySecurityHeadersAndACsrfField() throws Exception {
        for (String path : new String[] {"/login", "/register", "/forgot-password", "/admin/login"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("script-src 'self'"));
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page.body()).contains("name=\"_csrf\"").contains("data:image/png;base64,")
                    .doesNotContain("<script>");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
