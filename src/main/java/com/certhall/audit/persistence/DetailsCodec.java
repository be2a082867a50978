package com.certhall.audit.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Details as canonical JSON (keys sorted), so the same details always hash the same. */
@Component
class DetailsCodec {

    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };
    private final ObjectMapper json = new ObjectMapper();

    String encode(Map<String, String> details) {
        try {
            return json.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details are plain strings and always serialise", e);
        }
    }

    Map<String, String> decode(String stored) {
        try {
            return json.readValue(stored, MAP);
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", stored);
        }
    }
}
