package com.certhall.orders.web;

import com.certhall.shared.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refusal that escapes an order page (another account's order, a locked order) shows the error page. */
@ControllerAdvice(assignableTypes = {ProductPage.class, DraftStepPages.class, MaterialsPage.class, SignPages.class,
        OrderPages.class})
class OrderPageAdvice {

    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException e, HttpServletResponse response) throws IOException {
        response.sendError(e.status());
    }
}
