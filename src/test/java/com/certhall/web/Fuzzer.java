package com.certhall.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds a JSON body from an OpenAPI schema and spoils it at random: most values are plausible, some are of the
 * wrong type, null, missing, hostile or extreme, and a few bodies are not JSON at all. Seeded, so a failure replays.
 */
final class Fuzzer {

    static final List<String> HOSTILE = List.of("", " ", "\u0000", "a\u0000b", "\u202Eevil\u202C", "\u2066x\u2069",
            "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x/a}", "\uD800", "\uDFFF", "😀".repeat(20),
            "\r\n\t", "null", "true", "1e309", "-0", "00000000-0000-0000-0000-000000000000", "%s%n", "../../etc/passwd",
            "全角１２３ＡＢＣ", "ＰＥＲＳＯＮ", "person", "PERSON", "ORGANIZATION", "NEW", "WECHAT_QR", "APPROVE",
            "19900000000", "91110108MA01A2B3C4", "110101199003077777", "a@b.cn");
    static final List<String> BROKEN = List.of("", "{", "}", "[", "null", "[]", "\"x\"", "1", "true", "{\"a\":}",
            "{\"a\":1,\"a\":2}", "{} {}", "{\"a\":1} trailing", "\u0000", "{\"a\":\"\\ud800\"}", "[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]");

    private final JsonNode components;
    private final Random random;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectMapper json = new ObjectMapper();

    Fuzzer(JsonNode components, Random random) {
        this.components = components;
        this.random = random;
    }

    String body(JsonNode schema) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return BROKEN.get(random.nextInt(BROKEN.size()));
        }
        JsonNode value = roll == 1 ? wrong() : value(schema, 0, roll < 6);
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A query parameter's value: one of its choices, a number, or a hostile string. */
    String parameter(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        return switch (random.nextInt(4)) {
            case 0 -> resolved.has("enum") ? resolved.get("enum").get(random.nextInt(resolved.get("enum").size()))
                    .asText() : String.valueOf(random.nextInt(100));
            case 1 -> number().asText();
            default -> hostile();
        };
    }

    private JsonNode value(JsonNode schema, int depth, boolean plausible) {
        JsonNode resolved = resolve(schema);
        if (!plausible && random.nextInt(6) == 0) {
            return wrong();
        }
        if (resolved.has("enum")) {
            JsonNode choices = resolved.get("enum");
            return random.nextInt(5) == 0 ? nodes.textNode(hostile()) : choices.get(random.nextInt(choices.size()));
        }
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "");
        return switch (type) {
            case "object" -> object(resolved, depth, plausible);
            case "array" -> array(resolved, depth, plausible);
            case "integer" -> plausible ? nodes.numberNode(random.nextInt(5)) : number();
            case "number" -> plausible ? nodes.numberNode(random.nextInt(100)) : number();
            case "boolean" -> nodes.booleanNode(random.nextBoolean());
            case "string" -> nodes.textNode(plausible && random.nextBoolean() ? "text" + random.nextInt(9) : text());
            default -> depth > 2 ? nodes.nullNode() : wrong();
        };
    }

    private JsonNode object(JsonNode schema, int depth, boolean plausible) {
        ObjectNode out = nodes.objectNode();
        if (depth > 3) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            int roll = random.nextInt(10);
            if (!plausible && roll == 0) {
                continue;
            }
            out.set(property.getKey(), !plausible && roll == 1 ? nodes.nullNode()
                    : value(property.getValue(), depth + 1, plausible));
        }
        if (!plausible && random.nextInt(8) == 0) {
            out.set("unknown" + random.nextInt(3), wrong());
        }
        return out;
    }

    private JsonNode array(JsonNode schema, int depth, boolean plausible) {
        ArrayNode out = nodes.arrayNode();
        int size = random.nextInt(plausible ? 3 : 6);
        for (int i = 0; i < size && depth < 4; i++) {
            out.add(!plausible && random.nextInt(6) == 0 ? nodes.nullNode()
                    : value(schema.path("items"), depth + 1, plausible));
        }
        return out;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current.has("oneOf") || current.has("anyOf")) {
            JsonNode options = current.has("oneOf") ? current.get("oneOf") : current.get("anyOf");
            return resolve(options.get(random.nextInt(options.size())));
        }
        return current;
    }

    private JsonNode wrong() {
        return switch (random.nextInt(7)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.textNode(text());
            case 2 -> number();
            case 3 -> nodes.booleanNode(random.nextBoolean());
            case 4 -> nodes.arrayNode().add(nodes.nullNode()).add(text());
            case 5 -> nodes.objectNode().put("x", text());
            default -> nodes.numberNode(1.5);
        };
    }

    private JsonNode number() {
        return switch (random.nextInt(8)) {
            case 0 -> nodes.numberNode(-1);
            case 1 -> nodes.numberNode(Long.MAX_VALUE);
            case 2 -> nodes.numberNode(Long.MIN_VALUE);
            case 3 -> nodes.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 4 -> nodes.numberNode(1.5);
            case 5 -> nodes.numberNode(1e308);
            case 6 -> nodes.numberNode(Integer.MAX_VALUE);
            default -> nodes.numberNode(0);
        };
    }

    private String text() {
        return switch (random.nextInt(10)) {
            case 0 -> "长".repeat(5_000 + random.nextInt(2_000));
            case 1 -> "x".repeat(100_001);
            default -> hostile();
        };
    }

    private String hostile() {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }
}
