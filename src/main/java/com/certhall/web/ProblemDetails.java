package com.certhall.web;

import com.certhall.shared.FieldViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details with localized text; field messages and labels come from {@link FieldMessages},
 * so a message can say "统一社会信用代码校验位错误" instead of "uscc".
 */
@Component
public class ProblemDetails {

    private final MessageSource messages;
    private final FieldMessages labels;

    ProblemDetails(MessageSource messages, FieldMessages labels) {
        this.messages = messages;
        this.labels = labels;
    }

    public ProblemDetail problem(int status, String messageKey, Object[] args, List<FieldViolation> violations,
            Locale locale) {
        return problem(status, messageKey, args, violations, locale, null);
    }

    /**
     * As {@link #problem(int, String, Object[], List, Locale)}, with field labels looked up first under the module
     * that raised the problem ({@code field.payments.method} before {@code field.method}), so that one field name
     * can mean a payment method in one module and a delivery method in another.
     */
    public ProblemDetail problem(int status, String messageKey, Object[] args, List<FieldViolation> violations,
            Locale locale, String module) {
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        ProblemDetail problem = ProblemDetail.forStatus(httpStatus);
        problem.setType(URI.create("https://certhall.example/problems/" + messageKey));
        problem.setTitle(messages.getMessage("problem.title." + status, null, httpStatus.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(messageKey, args, messageKey, locale));
        if (!violations.isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (FieldViolation v : violations) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("field", v.field());
                error.put("code", v.code());
                error.put("message", fieldMessage(v, locale, module));
                errors.add(error);
            }
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public String fieldMessage(FieldViolation v, Locale locale) {
        return labels.message(v, locale, null);
    }

    public String fieldMessage(FieldViolation v, Locale locale, String module) {
        return labels.message(v, locale, module);
    }
}
