package com.certhall.payments.web;

import com.certhall.shared.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that escapes a payment page (another account's order or payment, an unknown id) shows the error page
 * with its status (404, 409) instead of a server error.
 */
@ControllerAdvice(assignableTypes = {PaymentPages.class, OrderPaymentPage.class, FinancePages.class})
class PaymentPageAdvice {

    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException e, HttpServletResponse response) throws IOException {
        response.sendError(e.status());
    }
}
