package com.certhall.catalog.domain;

import com.certhall.catalog.MaterialRequirement;
import com.certhall.catalog.VerificationMethod;
import com.certhall.catalog.VerificationParty;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a {@link ChannelDraft} and turns it into {@link ChannelSettings}; one answer names every bad field. */
public final class ChannelValidation {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    static final Pattern HOTLINE = Pattern.compile("[0-9][0-9 -]{4,19}");
    static final Pattern REGISTRY = Pattern.compile("[A-Z0-9_]{2,40}");

    private final List<FieldViolation> violations = new ArrayList<>();

    private ChannelValidation() {
    }

    public static ChannelSettings toSettings(ChannelDraft d) {
        ChannelValidation v = new ChannelValidation();
        String code = InputHygiene.compact(d.code()).toLowerCase(Locale.ROOT);
        v.check(CODE.matcher(code).matches(), "code", "catalog.validation.code");
        String name = v.text("name", d.name(), 100, true);
        String initial = initialOf(d.initial(), name);
        v.check(initial.length() == 1 && initial.charAt(0) >= 'A' && initial.charAt(0) <= 'Z', "initial",
                "catalog.validation.initial");
        String description = v.text("description", d.description(), 1000, false);
        String agreement = v.text("agreementText", d.agreementText(), 20000, true);
        String hotline = InputHygiene.tidy(d.hotline());
        v.check(HOTLINE.matcher(hotline).matches(), "hotline", "catalog.validation.hotline");
        String support = v.text("onlineSupport", d.onlineSupport(), 200, false);
        v.check(!(d.organizationMethods().isEmpty() && d.handlerMethods().isEmpty() && d.personMethods().isEmpty()),
                "organizationMethods", "catalog.validation.methods");
        v.required(d.verificationStage(), "verificationStage");
        v.required(d.flow(), "flow");
        v.check(!d.paymentMethods().isEmpty(), "paymentMethods", "catalog.validation.choose");
        v.check(!d.deliveryOptions().isEmpty(), "deliveryOptions", "catalog.validation.choose");
        String mailing = v.text("mailingAddress", d.mailingAddress(), 300, d.paperMailing());
        String registry = InputHygiene.compact(d.prerequisiteRegistry());
        String registryName = InputHygiene.tidy(d.prerequisiteName());
        if (!registry.isEmpty()) {
            v.check(REGISTRY.matcher(registry).matches(), "prerequisiteRegistry", "catalog.validation.registry");
            v.check(!registryName.isEmpty(), "prerequisiteName", "validation.required");
        }
        List<MaterialRequirement> materials = v.materials(d.materials());
        v.throwIfAny();
        return new ChannelSettings(code, name, initial, description, agreement, hotline, support,
                methods(d), d.verificationStage(), materials, d.flow(), d.paymentMethods(), d.invoiceApplies(),
                d.deliveryOptions(), d.paperMailing(), mailing, d.holderCsrAllowed(), registry, registryName);
    }

    /** The given initial, or the first letter of a name that starts with a Latin letter; pinyin is not guessed. */
    static String initialOf(String given, String name) {
        String initial = InputHygiene.compact(given);
        if (initial.isEmpty() && !name.isEmpty() && name.charAt(0) < 128 && Character.isLetter(name.charAt(0))) {
            return name.substring(0, 1).toUpperCase(Locale.ROOT);
        }
        return initial;
    }

    private static Map<VerificationParty, Set<VerificationMethod>> methods(ChannelDraft d) {
        Map<VerificationParty, Set<VerificationMethod>> methods = new EnumMap<>(VerificationParty.class);
        methods.put(VerificationParty.ORGANIZATION, d.organizationMethods());
        methods.put(VerificationParty.HANDLER, d.handlerMethods());
        methods.put(VerificationParty.PERSON, d.personMethods());
        return methods;
    }

    private List<MaterialRequirement> materials(List<MaterialDraft> drafts) {
        List<MaterialRequirement> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            MaterialDraft m = drafts.get(i);
            if (!m.accepted()) {
                continue;
            }
            boolean sizeOk = m.maxBytes() == MaterialRequirement.ONE_MB || m.maxBytes() == MaterialRequirement.TWO_MB;
            check(sizeOk, "materials[" + i + "].maxBytes", "catalog.validation.maxBytes");
            check(!m.formats().isEmpty(), "materials[" + i + "].formats", "catalog.validation.choose");
            if (sizeOk && !m.formats().isEmpty()) {
                out.add(new MaterialRequirement(m.kind(), m.required(), m.maxBytes(), m.formats()));
            }
        }
        check(drafts.stream().anyMatch(m -> m.accepted() && m.required()), "materials",
                "catalog.validation.materials");
        return out;
    }

    private String text(String field, String raw, int max, boolean required) {
        String value = raw == null ? "" : raw.strip();
        if (required && value.isEmpty()) {
            violations.add(FieldViolation.of(field, "required", "validation.required", field));
        } else if (value.length() > max) {
            violations.add(FieldViolation.of(field, "length", "catalog.validation.length", field, max));
        }
        return value;
    }

    private void required(Object value, String field) {
        if (value == null) {
            violations.add(FieldViolation.of(field, "required", "validation.required", field));
        }
    }

    private void check(boolean ok, String field, String key) {
        if (!ok) {
            violations.add(FieldViolation.of(field, key.substring(key.lastIndexOf('.') + 1), key, field));
        }
    }

    private void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
