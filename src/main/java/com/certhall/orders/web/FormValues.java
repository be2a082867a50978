package com.certhall.orders.web;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a form record shows in the page's fields, by the same names the browser posts: nested records as
 * {@code organization.legalRep.name}, maps as {@code p[org].years}. One rule for every wizard page, so that a refused
 * step shows exactly what was typed.
 */
final class FormValues {

    private FormValues() {
    }

    static Map<String, String> of(@Nullable Object form) {
        Map<String, String> values = new HashMap<>();
        put(values, "", form);
        return values;
    }

    private static void put(Map<String, String> values, String name, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            String prefix = name.isEmpty() ? "" : name + ".";
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                put(values, prefix + c.getName(), read(c, record));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> put(values, name + "[" + key + "]", v));
        } else {
            values.put(name, value.toString());
        }
    }

    private static @Nullable Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("form component " + component.getName(), e);
        }
    }
}
