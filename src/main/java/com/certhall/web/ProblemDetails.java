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
 * Builds RFC 9457 problem details with localized text. Field labels come from {@code field.<path>} or
 * {@code field.<last segment>} keys, so a message can say "统一社会信用代码校验位错误" instead of "uscc".
 */
@Component
public class ProblemDetails {

    private final MessageSource messages;

    ProblemDetails(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(int status, String messageKey, Object[] args, List<FieldViolation> violations,
            Locale locale) {
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
                error.put("message", fieldMessage(v, locale));
                errors.add(error);
            }
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public String fieldMessage(FieldViolation v, Locale locale) {
        Object[] args = v.args().toArray();
        if (args.length > 0 && v.field().equals(args[0])) {
            args[0] = fieldLabel(v.field(), locale);
        }
        return messages.getMessage(v.messageKey(), args, v.messageKey(), locale);
    }

    public String fieldLabel(String field, Locale locale) {
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        String fallback = messages.getMessage("field." + last, null, field, locale);
        return messages.getMessage("field." + field.replaceAll("\\[\\d+]", ""), null, fallback, locale);
    }
}
