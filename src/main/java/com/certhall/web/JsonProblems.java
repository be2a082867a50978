package com.certhall.web;

import com.certhall.shared.FieldViolation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Names the JSON field a body could not be read at ({@code items[0].years}, {@code roles[0]}) and says why: the wrong
 * type, a null, a required value missing, an unknown choice, a string too long, or broken JSON (docs/security.md
 * "Bad input").
 */
final class JsonProblems {

    static final String BODY = "body";

    private JsonProblems() {
    }

    static FieldViolation violation(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof StreamConstraintsException) {
            return FieldViolation.of(BODY, "length", "validation.json.tooLong", BODY, StrictJson.MAX_PARSED_STRING);
        }
        if (cause instanceof StrictJson.TooLongText tooLong) {
            return FieldViolation.of(path(tooLong), "length", "validation.json.tooLong", path(tooLong),
                    StrictJson.MAX_STRING);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapped(mapping, path(mapping));
        }
        if (cause instanceof JsonProcessingException broken) {
            String field = parserPath(broken);
            return FieldViolation.of(field, "syntax", "validation.json.syntax", field);
        }
        return FieldViolation.of(BODY, "required", "validation.json.body", BODY);
    }

    private static FieldViolation mapped(JsonMappingException e, String field) {
        if (e instanceof InvalidNullException) {
            return FieldViolation.of(field, "null", "validation.json.null", field);
        }
        if (e instanceof InvalidTypeIdException) {
            return FieldViolation.of(field, "unknown", "validation.json.kind", field);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getTargetType().isEnum()) {
            String choices = Arrays.stream(mismatch.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return FieldViolation.of(field, "unknown", "validation.json.choice", field, choices);
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage().startsWith("Missing required")) {
            return FieldViolation.of(field, "required", "validation.required", field);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return FieldViolation.of(field, "type", "validation.json.type." + kind(mismatch.getTargetType()), field);
        }
        return FieldViolation.of(field, "syntax", "validation.json.syntax", field);
    }

    /** The words a client reads: integer, number, boolean, text, list, object. */
    private static String kind(Class<?> target) {
        if (target == null) {
            return "value";
        }
        if (target == int.class || target == long.class || target == Integer.class || target == Long.class
                || target == short.class || target == Short.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "boolean";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "text";
        }
        if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
            return "list";
        }
        return "object";
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        List<JsonMappingException.Reference> references = e.getPath();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? BODY : out.toString();
    }

    private static String parserPath(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return BODY;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? BODY : path;
    }
}
