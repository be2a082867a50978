package com.certhall.web;

import com.certhall.shared.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A refusal that escapes a page (another account's order, payment or certificate, an unknown id, a locked order)
 * shows the error page with its status (404, 409) instead of a server error. Pages that can say more catch the
 * refusal themselves and show it next to the form. Ordered after {@link ApiExceptionHandler}, which answers for
 * every {@code @RestController} (those are {@code @Controller}s too) with a problem detail.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException e, HttpServletResponse response) throws IOException {
        response.sendError(e.status());
    }

    /** {@code /orders/not-an-id/verify} names no order: 404 like an unknown id, a bad form value 400. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        response.sendError(e.getParameter().hasParameterAnnotation(PathVariable.class) ? 404 : 400);
    }
}
