package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.WebIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@code /v3/api-docs} documents every JSON answer of {@code /api/v1/**} (docs/architecture.md "Web and API"): no 2xx
 * response is an untyped {@code object} (no properties, no reference, or only {@code additionalProperties}), no
 * record inside one has a field of unknown shape, and every operation says in one line what it does.
 * Same context as {@link WebShellTests}.
 */
@WebIntegrationTest
class OpenApiSchemaTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    JsonNode docs;

    @BeforeEach
    void loadDocs() throws Exception {
        ResponseEntity<String> answer = http.getForEntity("/v3/api-docs", String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        docs = new ObjectMapper().readTree(answer.getBody());
    }

    @Test
    void everyApiResponseHasATypedSchema() {
        List<String> untyped = new ArrayList<>();
        operations((where, operation) -> responses(operation).forEach((status, response) -> {
            for (JsonNode media : response.path("content")) {
                String problem = problem(media.path("schema"), true, new HashSet<>());
                if (problem != null) {
                    untyped.add(where + " " + status + ": " + problem);
                }
            }
        }));
        assertThat(untyped).as("untyped 2xx responses under /api/v1").isEmpty();
    }

    @Test
    void everyApiOperationIsSummarized() {
        List<String> bare = new ArrayList<>();
        operations((where, operation) -> {
            if (operation.path("summary").asText("").isBlank()) {
                bare.add(where);
            }
        });
        assertThat(bare).as("operations under /api/v1 without a summary").isEmpty();
    }

    /** springdoc names a schema by the simple class name, so two types of one name would silently become one. */
    @Test
    void noTwoApiTypesShareASchemaName() {
        Map<String, Set<Class<?>>> byName = new java.util.TreeMap<>();
        handlers.getHandlerMethods().forEach((mapping, method) -> {
            if (mapping.getPatternValues().stream().noneMatch(p -> p.startsWith("/api/v1/"))) {
                return;
            }
            collect(method.getMethod().getGenericReturnType(), byName);
            for (java.lang.reflect.Parameter parameter : method.getMethod().getParameters()) {
                if (parameter.isAnnotationPresent(org.springframework.web.bind.annotation.RequestBody.class)) {
                    collect(parameter.getParameterizedType(), byName);
                }
            }
        });
        byName.values().removeIf(types -> types.size() < 2);
        assertThat(byName).as("schema names used by more than one type").isEmpty();
    }

    private static void collect(Type type, Map<String, Set<Class<?>>> byName) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                collect(argument, byName);
            }
            collect(generic.getRawType(), byName);
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum() || c.getName().startsWith("java.")
                || !c.getName().startsWith("com.certhall.")) {
            if (type instanceof Class<?> array && array.isArray()) {
                collect(array.getComponentType(), byName);
            }
            return;
        }
        Schema schema = c.getAnnotation(Schema.class);
        String name = schema != null && !schema.name().isEmpty() ? schema.name() : c.getSimpleName();
        if (!byName.computeIfAbsent(name, n -> new HashSet<>()).add(c)) {
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), byName);
            }
        }
        if (c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                collect(permitted, byName);
            }
        }
    }

    @Test
    void theDocumentCoversTheApi() {
        List<String> paths = new ArrayList<>();
        docs.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/v1/me", "/api/v1/channels/{code}", "/api/v1/orders/{id}",
                "/api/v1/orders/{orderId}/verifications", "/api/v1/orders/{id}/payments",
                "/api/v1/certificates/{serial}", "/api/v1/admin/reviews");
    }

    private void operations(OperationCheck check) {
        Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(op -> check.on(op.getKey().toUpperCase() + " " + path.getKey(),
                    op.getValue()));
        }
    }

    private static Map<String, JsonNode> responses(JsonNode operation) {
        Map<String, JsonNode> ok = new java.util.TreeMap<>();
        operation.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("2")) {
                ok.put(r.getKey(), r.getValue());
            }
        });
        return ok;
    }

    /** Why a schema is untyped, or null when it is typed; {@code top} is the response body itself. */
    private String problem(JsonNode schema, boolean top, Set<String> seen) {
        if (schema.isMissingNode() || schema.isEmpty()) {
            return top ? "no schema" : "a field without schema";
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            if (!seen.add(ref)) {
                return null;
            }
            JsonNode target = docs.at(ref.substring(1));
            String inner = problem(target, top, seen);
            return inner == null ? null : ref.substring(ref.lastIndexOf('/') + 1) + ": " + inner;
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            for (JsonNode part : schema.path(combinator)) {
                String inner = problem(part, top, seen);
                if (inner != null) {
                    return inner;
                }
            }
            if (schema.has(combinator)) {
                return null;
            }
        }
        if ("array".equals(schema.path("type").asText())) {
            return problem(schema.path("items"), top, seen);
        }
        if (!"object".equals(schema.path("type").asText()) && schema.has("type")) {
            return null;
        }
        JsonNode properties = schema.path("properties");
        if (properties.isEmpty()) {
            JsonNode values = schema.path("additionalProperties");
            if (top || values.isMissingNode() || values.isBoolean()) {
                return "object without properties";
            }
            String inner = problem(values, false, seen);
            return inner == null ? null : "map of " + inner;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String inner = problem(field.getValue(), false, seen);
            if (inner != null) {
                return field.getKey() + ": " + inner;
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface OperationCheck {
        void on(String where, JsonNode operation);
    }
}
