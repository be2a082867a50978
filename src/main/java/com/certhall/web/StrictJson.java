package com.certhall.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API reads JSON strictly (docs/security.md "Bad input"): a value of the wrong type is refused, never coerced
 * ({@code "1"} or {@code 1.5} for an integer, {@code 1} for a string or a boolean, a number for an enum);
 * {@code null} is refused for a primitive and inside a list or map; a request record's primitive component must be
 * present, because its default would be a silent guess; duplicate keys and trailing data are refused; a string
 * longer than {@link #MAX_STRING} characters is refused by its path, and the parser buffers none longer than
 * {@link #MAX_PARSED_STRING}. Unknown properties stay tolerated, so a partner built against a newer version of the
 * contract keeps working.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    /** Longest JSON string a field may hold; every field has its own, shorter limit in its command. */
    static final int MAX_STRING = 100_000;
    /** Longest JSON string the parser buffers at all; past it the body is refused without naming a field. */
    static final int MAX_PARSED_STRING = 1 << 21;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonCustomizer() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .postConfigurer(StrictJson::configure);
    }

    static void configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_PARSED_STRING).build());
        mapper.registerModule(new SimpleModule("bounded-strings").addDeserializer(String.class, new BoundedText()));
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Collection, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Integer);
        refuse(mapper, LogicalType.POJO, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(new PrimitivesRequired(),
                mapper.getDeserializationConfig().getAnnotationIntrospector()));
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A string over {@link #MAX_STRING} characters, refused with its JSON path. */
    static final class TooLongText extends MismatchedInputException {

        TooLongText(JsonParser parser) {
            super(parser, "text longer than " + MAX_STRING + " characters", String.class);
        }
    }

    private static final class BoundedText extends StdScalarDeserializer<String> {

        BoundedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.length() > MAX_STRING) {
                throw new TooLongText(parser);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /**
     * A primitive component of a request record (one declared in a controller) cannot say "not given", so leaving it
     * out is an error. Other records (events read back from the outbox) keep Jackson's defaults.
     */
    private static final class PrimitivesRequired extends NopAnnotationIntrospector {

        @Override
        public Boolean hasRequiredMarker(AnnotatedMember member) {
            if (member instanceof AnnotatedParameter parameter && parameter.getRawType().isPrimitive()
                    && isRequestRecord(parameter.getDeclaringClass())) {
                return Boolean.TRUE;
            }
            return null;
        }

        private static boolean isRequestRecord(Class<?> type) {
            Class<?> outer = type.getEnclosingClass();
            return type.isRecord() && type.getName().startsWith("com.certhall.") && outer != null
                    && (outer.isAnnotationPresent(RestController.class) || outer.isAnnotationPresent(Controller.class));
        }
    }
}
