package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderType;
import com.certhall.orders.SubjectType;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A seeded fuzz over every JSON endpoint of the OpenAPI document (issue 11, item 19; docs/security.md "Bad input"):
 * each operation that takes a JSON body gets {@value #CASES} bodies built from its schema and then spoiled — wrong
 * types, nulls, missing and unknown fields, huge and hostile strings (NUL, bidi overrides, surrogates, markup),
 * negative and huge numbers, broken JSON — as an applicant who owns the order in the path and as an administrator;
 * every other operation (multipart ones aside) gets a fifth as many calls with hostile path and query values.
 * No answer may be a 5xx. A failure names the operation, the seed and the body, so it can be replayed.
 */
@IntegrationTest
class JsonFuzzTests {

    static final int CASES = 200;
    static final long SEED = 20261205L;
    /** Switches that would change what other tests see (provider outages, closed bank accounts). */
    static final Pattern SKIPPED = Pattern.compile(".*(outage|closures|/callbacks/).*");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;

    final ObjectMapper json = new ObjectMapper();
    final UUID account = UUID.randomUUID();

    @Test
    void noJsonEndpointAnswersWithAServerError() throws Exception {
        JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString());
        String ownOrder = orders.createDraft(account, "zy-interop", OrderType.NEW, SubjectType.ORGANIZATION, "fuzz")
                .id().toString();
        Authentication applicant = applicant();
        Authentication admin = CallerSecurityContexts.of(AuthenticatedUser.staff(UUID.randomUUID(), "fuzz-admin",
                EnumSet.allOf(StaffRole.class))).getAuthentication();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (SKIPPED.matcher(path.getKey()).matches()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                boolean json = !schema.isMissingNode();
                if (!json && op.getValue().has("requestBody")) {
                    continue;
                }
                operations++;
                HttpMethod method = HttpMethod.valueOf(op.getKey().toUpperCase());
                Authentication who = path.getKey().startsWith("/api/v1/admin") ? admin : applicant;
                Random random = new Random(SEED ^ (op.getKey() + path.getKey()).hashCode());
                Fuzzer fuzzer = new Fuzzer(docs.path("components").path("schemas"), random);
                int cases = json ? CASES : CASES / 5;
                for (int i = 0; i < cases && failures.size() < 20; i++) {
                    String uri = fill(path.getKey(), ownOrder, random) + query(op.getValue(), fuzzer, random);
                    String body = json ? fuzzer.body(schema) : "";
                    MockHttpServletRequestBuilder call = request(method, URI.create(uri))
                            .with(authentication(i % 7 == 6 ? admin : who)).with(fromTestNet(random));
                    if (json) {
                        call.contentType(MediaType.APPLICATION_JSON).content(body);
                    }
                    MvcResult result;
                    try {
                        result = mvc.perform(call).andReturn();
                    } catch (Exception e) {
                        failures.add(method + " " + uri + " threw " + e + " for " + abbreviate(body));
                        continue;
                    }
                    int status = result.getResponse().getStatus();
                    if (status >= 500) {
                        failures.add(method + " " + uri + " → " + status + " for " + abbreviate(body) + " — "
                                + abbreviate(result.getResponse().getContentAsString()));
                    }
                }
            }
        }
        assertThat(operations).as("JSON operations found in /v3/api-docs").isGreaterThan(20);
        assertThat(failures).as("server errors (seed %d)", SEED).isEmpty();
    }

    /** A source address of TEST-NET-2 (RFC 5737), so throttles per source never slow down other tests. */
    private static RequestPostProcessor fromTestNet(Random random) {
        int host = 1 + random.nextInt(254);
        return request -> {
            request.setRemoteAddr("198.51.100." + host);
            return request;
        };
    }

    private Authentication applicant() {
        AuthenticatedUser user = AuthenticatedUser.applicant(account, "fuzz");
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    /** Query parameters of the operation, each present or not, with a plausible or hostile value. */
    private static String query(JsonNode operation, Fuzzer fuzzer, Random random) {
        StringBuilder out = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText()) || random.nextInt(3) == 0) {
                continue;
            }
            out.append(out.isEmpty() ? '?' : '&').append(parameter.path("name").asText()).append('=')
                    .append(URLEncoder.encode(fuzzer.parameter(parameter.path("schema")), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** Path variables: the applicant's own order for {@code {id}}, else an unknown id or a hostile string. */
    private static String fill(String template, String ownOrder, Random random) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (random.nextInt(4)) {
                case 0, 1 -> m.group(1).equals("id") ? ownOrder : UUID.randomUUID().toString();
                case 2 -> UUID.randomUUID().toString();
                default -> List.of("x", "0", "-1", "%E2%80%AE", "%00", "a".repeat(300)).get(random.nextInt(6));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
    }
}
