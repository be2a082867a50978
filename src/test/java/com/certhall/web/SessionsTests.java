package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.support.WebIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13, item 13: a signed-in user's session lives in the database (Spring Session JDBC, DESIGN.md "Jobs and
 * scale-out"), so a restarted node — or another one — still knows who is signed in.
 */
@WebIntegrationTest
class SessionsTests {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    @Autowired
    TestRestTemplate http;
    @Autowired
    DataSource dataSource;

    @Test
    void aSignedInSessionIsStoredInTheDatabaseAndFoundByAFreshlyStartedNode() {
        UUID account = UUID.randomUUID();
        ResponseEntity<String> login = http.getForEntity("/sandbox/test-login?user=" + account + "&roles=APPLICANT",
                String.class);
        String cookie = login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(SESSION_COOKIE::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + login.getHeaders()));
        String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);

        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + cookie);
        ResponseEntity<String> page = http.exchange("/certificates", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("我的证书");

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> attributes = jdbc.queryForList("SELECT a.attribute_name FROM web_session s JOIN "
                + "web_session_attributes a ON a.session_primary_id = s.primary_id WHERE s.session_id = ?",
                String.class, sessionId);
        assertThat(attributes).contains("SPRING_SECURITY_CONTEXT");

        // what a node builds when it starts: nothing in memory, only the database
        JdbcIndexedSessionRepository restarted = new JdbcIndexedSessionRepository(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        restarted.setTableName("web_session");
        org.springframework.session.Session session = restarted.findById(sessionId);
        assertThat(session).isNotNull();
        SecurityContext context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(AuthenticatedUser.class,
                user -> assertThat(user.id()).isEqualTo(account));
    }
}
