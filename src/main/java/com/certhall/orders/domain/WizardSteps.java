package com.certhall.orders.domain;

import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderDetails.WizardStep;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderId;
import com.certhall.shared.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The wizard's steps in the order the channel sets, and the step indicator: where the identity check sits (a link
 * to the verification module's page {@code /orders/{id}/verify}), which steps are done and which one is shown. A
 * channel that checks identities before the product choice (BJCA) asks for the applicant's details first, since the
 * check needs them; one that checks after the materials (SZCA) puts it before the confirmation; one that checks
 * after submission (CFCA) shows it last.
 */
public final class WizardSteps {

    private static final List<String> BEFORE_PRODUCT = List.of("subject", "verify", "product", "invoice",
            "delivery", "materials", "confirm", "sign");
    private static final List<String> AFTER_MATERIALS = List.of("product", "subject", "invoice", "delivery",
            "materials", "verify", "confirm", "sign");
    private static final List<String> AFTER_SUBMISSION = List.of("product", "subject", "invoice", "delivery",
            "materials", "confirm", "sign");

    private static final List<String> NOT_ON_PAPER = List.of("verify", "materials", "confirm", "sign");

    private WizardSteps() {
    }

    /** Which way an order goes through the wizard: where the channel checks identities, and whether on paper. */
    public record Route(VerificationStage stage, boolean onPaper) {

        public static Route online(VerificationStage stage) {
            return new Route(stage, false);
        }
    }

    /** The steps an applicant walks before submission, in order. */
    public static List<String> sequence(Route route) {
        List<String> online = switch (route.stage()) {
            case BEFORE_PRODUCT -> BEFORE_PRODUCT;
            case AFTER_MATERIALS -> AFTER_MATERIALS;
            case AFTER_SUBMISSION -> AFTER_SUBMISSION;
        };
        if (!route.onPaper()) {
            return online;
        }
        List<String> paper = new ArrayList<>(online);
        paper.removeAll(NOT_ON_PAPER);
        paper.add("paper");
        return List.copyOf(paper);
    }

    public static List<WizardStep> of(OrderId order, OrderDraft draft, Route route, List<FieldViolation> missing,
            String current) {
        String base = "/orders/" + order + "/";
        List<WizardStep> steps = new ArrayList<>();
        steps.add(new WizardStep("agreement", null, true, false));
        for (String name : sequence(route)) {
            steps.add(new WizardStep(name, base + name, done(name, draft, missing), name.equals(current)));
        }
        if (route.stage() == VerificationStage.AFTER_SUBMISSION && !route.onPaper()) {
            steps.add(new WizardStep("verify", base + "verify", false, false));
        }
        return steps;
    }

    private static boolean done(String name, OrderDraft d, List<FieldViolation> missing) {
        return switch (name) {
            case "product" -> !d.lines().isEmpty();
            case "subject" -> d.subject() != null;
            case "verify" -> missing.stream().noneMatch(v -> v.field().startsWith("verification."));
            case "invoice" -> d.invoice() != null;
            case "delivery" -> d.delivery() != null;
            case "materials" -> missing.stream().noneMatch(v -> v.field().startsWith("documents.")
                    || v.field().equals("authorization"));
            case "confirm", "paper" -> missing.isEmpty();
            case "sign" -> d.signedAt() != null;
            default -> false;
        };
    }

    /**
     * Where "continue" leads: the first step not done yet; once everything is filled in, the confirmation page, so
     * the applicant looks the order over before signing.
     */
    public static String firstOpen(OrderDraft draft, Route route, List<FieldViolation> missing) {
        List<String> sequence = sequence(route);
        for (String name : sequence) {
            if (name.equals("confirm") || name.equals("paper") || !done(name, draft, missing)) {
                return name;
            }
        }
        return sequence.get(sequence.size() - 1);
    }

    /** The step after {@code step}; the last step leads to itself. */
    public static String next(String step, Route route) {
        List<String> sequence = sequence(route);
        int i = sequence.indexOf(step);
        return sequence.get(Math.min(i + 1, sequence.size() - 1));
    }

    /** The step before {@code step}, or null for the first. */
    public static @Nullable String previous(String step, Route route) {
        List<String> sequence = sequence(route);
        int i = sequence.indexOf(step);
        return i <= 0 ? null : sequence.get(i - 1);
    }
}
