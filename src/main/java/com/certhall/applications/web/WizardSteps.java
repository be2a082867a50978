package com.certhall.applications.web;

import com.certhall.applications.ApplicationDetails;
import com.certhall.catalog.VerificationStage;
import com.certhall.shared.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * The step indicator of the wizard: the steps in order, where the channel's identity verification sits (a link to
 * the verification module's page), which are done and which one is shown.
 */
final class WizardSteps {

    static final List<String> ORDER = List.of("product", "subject", "invoice", "delivery", "materials", "confirm",
            "sign");

    private WizardSteps() {
    }

    /** One entry of the indicator. */
    record Step(String name, String url, boolean done, boolean current) {
    }

    static List<Step> of(ApplicationDetails order, VerificationStage stage, List<FieldViolation> missing,
            String current) {
        String base = "/orders/" + order.id() + "/";
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("agreement", null, true, false));
        if (stage == VerificationStage.BEFORE_PRODUCT) {
            steps.add(new Step("verify", base + "verify", false, false));
        }
        for (String name : ORDER) {
            steps.add(new Step(name, base + name, done(name, order, missing), name.equals(current)));
            if (name.equals("materials") && stage == VerificationStage.AFTER_MATERIALS) {
                steps.add(new Step("verify", base + "verify", false, false));
            }
        }
        if (stage == VerificationStage.AFTER_SUBMISSION) {
            steps.add(new Step("verify", base + "verify", false, false));
        }
        return steps;
    }

    private static boolean done(String name, ApplicationDetails order, List<FieldViolation> missing) {
        var d = order.draft();
        return switch (name) {
            case "product" -> !d.lines().isEmpty();
            case "subject" -> d.subject() != null;
            case "invoice" -> d.invoice() != null;
            case "delivery" -> d.delivery() != null;
            case "materials" -> missing.stream().noneMatch(v -> v.field().startsWith("documents.")
                    || v.field().equals("authorization"));
            case "confirm" -> missing.isEmpty();
            case "sign" -> d.signedAt() != null;
            default -> false;
        };
    }

    /** Where "continue" leads: the first step not done yet. */
    static String firstOpen(ApplicationDetails order, List<FieldViolation> missing) {
        for (String name : ORDER) {
            if (!done(name, order, missing)) {
                return name;
            }
        }
        return "sign";
    }

    static String next(String step) {
        int i = ORDER.indexOf(step);
        return ORDER.get(Math.min(i + 1, ORDER.size() - 1));
    }
}
