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

    @Autowired
    org.springframework.session.config.SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsOfAPrincipalTogether;

    /**
     * The sessions of a principal come back whole even when the database returns their attribute rows interleaved:
     * PostgreSQL does so with a hash join once the tables have grown, which the test forces here.
     */
    @Test
    void thePrincipalsSessionsComeBackWholeWhateverJoinTheDatabaseChooses() throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            try (java.sql.Statement statement = connection.createStatement()) {
                if (postgres) {
                    statement.execute("SET enable_nestloop = off");
                    statement.execute("SET enable_mergejoin = off");
                }
            }
            var single = new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true);
            JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(new JdbcTemplate(single),
                    new TransactionTemplate(new DataSourceTransactionManager(single)));
            sessions.setTableName("web_session");
            sessionsOfAPrincipalTogether.customize(sessions);
            try {
                assertTheSessionsComeBackWhole(sessions);
            } finally {
                if (postgres) {
                    try (java.sql.Statement statement = connection.createStatement()) {
                        statement.execute("RESET ALL");
                    }
                }
            }
        }
    }

    private static <S extends org.springframework.session.Session> void assertTheSessionsComeBackWhole(
            org.springframework.session.FindByIndexNameSessionRepository<S> sessions) {
        String principal = "interleaved-" + UUID.randomUUID();
        S first = sessions.createSession();
        first.setAttribute(org.springframework.session.FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                principal);
        first.setAttribute("first", "a");
        sessions.save(first);
        S second = sessions.createSession();
        second.setAttribute(org.springframework.session.FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                principal);
        second.setAttribute("second", "b");
        sessions.save(second);
        S again = sessions.findById(first.getId());
        again.setAttribute("later", "c");
        sessions.save(again);
        try {
            var found = sessions.findByPrincipalName(principal);
            assertThat(found).containsOnlyKeys(first.getId(), second.getId());
            assertThat(found.get(first.getId()).getAttributeNames()).contains("first", "later");
            assertThat(found.get(second.getId()).getAttributeNames()).contains("second");
        } finally {
            sessions.deleteById(first.getId());
            sessions.deleteById(second.getId());
        }
    }
}
