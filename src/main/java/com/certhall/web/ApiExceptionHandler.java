package com.certhall.web;

import com.certhall.shared.FieldViolation;
import com.certhall.shared.ProblemException;
import com.certhall.shared.RateLimitedException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal raised behind a JSON endpoint into an {@code application/problem+json} answer. First in order,
 * so that {@link PageExceptionHandler} (for every {@code @Controller}) never answers a JSON endpoint.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final List<Plain> PLAIN = List.of(
            new Plain(HttpMediaTypeNotSupportedException.class, 415, "error.mediaType"),
            new Plain(HttpRequestMethodNotSupportedException.class, 405, "error.method"),
            new Plain(NoResourceFoundException.class, 404, "error.notFound.generic"),
            new Plain(OptimisticLockingFailureException.class, 409, "error.concurrentChange"),
            new Plain(AccessDeniedException.class, 403, "error.forbidden"));

    private final ProblemDetails problems;

    private record Plain(Class<? extends Exception> type, int status, String key) {
    }

    ApiExceptionHandler(ProblemDetails problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException e, Locale locale, HandlerMethod handler) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(e.status());
        if (e instanceof RateLimitedException limited) {
            builder.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
        }
        return builder.contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(e.status(), e.messageKey(), e.args(), e.violations(), locale, module(handler)));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, Locale locale, HandlerMethod handler) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldViolation.of(f.getField(), String.valueOf(f.getCode()).toLowerCase(Locale.ROOT),
                        "validation.constraint." + f.getCode(), f.getField()))
                .toList();
        return ResponseEntity.status(400).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(400, "error.invalidInput", new Object[0], violations, locale, module(handler)));
    }

    /** The module of the controller that raised the problem ({@code com.certhall.payments.rest} → payments). */
    static String module(HandlerMethod handler) {
        if (handler == null) {
            return null;
        }
        String pkg = handler.getBeanType().getPackageName();
        String root = "com.certhall.";
        if (!pkg.startsWith(root)) {
            return null;
        }
        String rest = pkg.substring(root.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        return respond(400, "error.unreadable", List.of(JsonProblems.violation(e)), locale);
    }

    /** A path id that cannot be one ({@code /captchas/unknown}) names nothing that exists; a bad parameter is named. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return respond(404, "error.notFound.generic", List.of(), locale);
        }
        return respond(400, "error.invalidInput",
                List.of(FieldViolation.of(e.getName(), "type", "validation.constraint.Pattern", e.getName())), locale);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> missing(Exception e, Locale locale) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return respond(400, "error.invalidInput",
                List.of(FieldViolation.of(name, "required", "validation.required", name)), locale);
    }

    /**
     * Refusals Spring raises itself that carry a status and a message only, looked up in {@link #PLAIN} (a subclass
     * answers as its parent); anything else is unexpected and a 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        for (Plain plain : PLAIN) {
            if (plain.type().isInstance(e)) {
                return respond(plain.status(), plain.key(), List.of(), locale);
            }
        }
        log.error("Unexpected error behind the API", e);
        return respond(500, "error.unexpected", List.of(), locale);
    }

    private ResponseEntity<ProblemDetail> respond(int status, String key, List<FieldViolation> violations,
            Locale locale) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(status, key, new Object[0], violations, locale));
    }
}
