package com.certhall.catalog.domain;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the settings that differ between two versions of a channel, for the audit entry of an edit. */
final class ChannelChanges {

    private ChannelChanges() {
    }

    static List<String> between(ChannelSettings before, ChannelSettings after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : ChannelSettings.class.getRecordComponents()) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
        }
        return changed;
    }
}
