package com.certhall.lifecycle.web;

import com.certhall.lifecycle.CertificateQueryManagement;
import com.certhall.lifecycle.CertificateQueryManagement.ActingHolder;
import com.certhall.shared.ConflictException;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The answered certificate query of this browser session: its id is kept in the session (never in a URL), so only
 * the browser that typed the SMS code acts on the subject's certificates without login, and only for the 15
 * minutes the query allows (docs/lifecycle.md, "Certificate query without login").
 */
@Component
class QueryProof {

    static final String SESSION_KEY = "lifecycle.certificateQuery.proven";

    private final CertificateQueryManagement queries;

    QueryProof(CertificateQueryManagement queries) {
        this.queries = queries;
    }

    static void remember(HttpSession session, UUID queryId) {
        session.setAttribute(SESSION_KEY, queryId);
    }

    /** The certificate to act on; 409 {@code lifecycle.query.notProven} without a fresh answer in this session. */
    ActingHolder holder(@Nullable HttpSession session, String serial) {
        Object id = session == null ? null : session.getAttribute(SESSION_KEY);
        if (!(id instanceof UUID queryId)) {
            throw new ConflictException("lifecycle.query.notProven", "no answered query in this session");
        }
        return queries.acting(queryId, serial);
    }
}
