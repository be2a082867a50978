package com.certhall.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The browser-session store (Spring Session JDBC, docs/security.md "Sessions").
 *
 * <p>Spring Session reads a principal's sessions with one join of sessions and attributes and starts a new session
 * whenever the session id of a row differs from the row before: it expects each session's rows to come together.
 * Its query has no ORDER BY, and PostgreSQL, once the tables have grown, answers with a hash join in the attribute
 * table's physical order, which interleaves two sessions' rows. A session then came back split, the half without its
 * security context won, and a password change left that session signed in. The query below orders the rows by
 * session.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    static final String SESSIONS_BY_PRINCIPAL_NAME = """
            SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, \
            SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
            FROM %TABLE_NAME% S
            LEFT JOIN %TABLE_NAME%_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
            WHERE S.PRINCIPAL_NAME = ?
            ORDER BY S.PRIMARY_ID
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsOfAPrincipalTogether() {
        return repository -> repository.setListSessionsByPrincipalNameQuery(SESSIONS_BY_PRINCIPAL_NAME);
    }
}
