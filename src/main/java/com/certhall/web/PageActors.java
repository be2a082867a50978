package com.certhall.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who did something, as a page says it: {@code ${@actors.label(m.actor())}} turns the recorded actor
 * ({@code applicant:<account id>}, {@code staff:<user name>}, {@code system:payments}) into "申请人", "工作人员 wang"
 * or "系统（支付）". The audit log keeps showing the recorded form, which is what an auditor searches for.
 */
@Component("actors")
public class PageActors {

    private final MessageSource messages;

    PageActors(MessageSource messages) {
        this.messages = messages;
    }

    public String label(@Nullable String actor) {
        if (actor == null || actor.isBlank()) {
            return "";
        }
        int colon = actor.indexOf(':');
        String kind = colon < 0 ? actor : actor.substring(0, colon);
        String who = colon < 0 ? "" : actor.substring(colon + 1);
        var locale = LocaleContextHolder.getLocale();
        return switch (kind) {
            case "applicant" -> messages.getMessage("layout.actor.applicant", null, locale);
            case "staff" -> messages.getMessage("layout.actor.staff", new Object[] {who}, locale);
            case "system" -> messages.getMessage("layout.actor.system", new Object[] {
                    messages.getMessage("layout.actor.system." + who, null, who, locale)}, locale);
            default -> actor;
        };
    }
}
