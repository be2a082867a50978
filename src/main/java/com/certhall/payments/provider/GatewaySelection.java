package com.certhall.payments.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Reads {@code certhall.payments.gateway} as the set of adapter ids in use; see {@link ConditionalOnGateway}. */
public final class GatewaySelection implements Condition {

    public static final String PROPERTY = "certhall.payments.gateway";

    /** The ids listed, lower case; {@code none} lists nothing. Empty also when the property is blank. */
    public static Set<String> selected(PropertyResolver properties) {
        String raw = properties.getProperty(PROPERTY);
        if (raw == null) {
            return Set.of("sandbox");
        }
        return Arrays.stream(raw.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty() && !s.equals("none")).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Object id = metadata.getAnnotationAttributes(ConditionalOnGateway.class.getName()).get("value");
        return selected(context.getEnvironment()).contains(String.valueOf(id));
    }
}
