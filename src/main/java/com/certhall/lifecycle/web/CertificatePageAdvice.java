package com.certhall.lifecycle.web;

import com.certhall.shared.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refusal on a certificate page (another account's certificate, no PKCS#12) shows the error page. */
@ControllerAdvice(assignableTypes = CertificatePages.class)
class CertificatePageAdvice {

    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException e, HttpServletResponse response) throws IOException {
        response.sendError(e.status());
    }
}
