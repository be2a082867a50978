package com.certhall.web.security;

import com.certhall.web.ProblemDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/** 401 and 403 of the API chain as RFC 9457 problem details, localized like every other API error. */
class ProblemResponses {

    private final ProblemDetails problems;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    ProblemResponses(ProblemDetails problems, ObjectMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> write(request, response, 401, "accounts.error.unauthenticated");
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, 403, "error.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(),
                problems.problem(status, key, new Object[0], List.of(), locales.resolveLocale(request)));
    }
}
