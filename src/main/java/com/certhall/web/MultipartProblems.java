package com.certhall.web;

import com.certhall.shared.FieldViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body the container could not take apart, raised before any handler is chosen, so it applies to every
 * request: over the limit (sent without a length, so {@link UploadLimitFilter} could not refuse it first) is 413, a
 * malformed one (a NUL in a part's file name) is 400 naming {@code file}; a problem for the API, the platform's error
 * page for pages (docs/security.md "Bad input").
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MultipartProblems {

    private final ProblemDetails problems;
    private final String limit;

    MultipartProblems(ProblemDetails problems, MultipartProperties multipart) {
        this.problems = problems;
        this.limit = UploadLimitFilter.readable(multipart.getMaxRequestSize().toBytes());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws IOException {
        if (!UploadLimitFilter.isApi(request)) {
            request.setAttribute(UploadLimitFilter.LIMIT, limit);
            response.sendError(413);
            return null;
        }
        return answer(413, "error.tooLarge.limit", new Object[] {limit},
                FieldViolation.of("file", "tooLarge", "error.tooLarge.field", "file", limit), locale);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformed(MultipartException e, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws IOException {
        if (!UploadLimitFilter.isApi(request)) {
            response.sendError(400);
            return null;
        }
        return answer(400, "error.invalidInput", new Object[0],
                FieldViolation.of("file", "malformed", "error.multipart.malformed", "file"), locale);
    }

    private ResponseEntity<ProblemDetail> answer(int status, String key, Object[] args, FieldViolation violation,
            Locale locale) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(status, key, args, List.of(violation), locale));
    }
}
