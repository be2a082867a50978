package com.certhall.lifecycle.rest;

import com.certhall.lifecycle.CertificateQueryManagement;
import com.certhall.lifecycle.CertificateQueryManagement.QueryResult;
import com.certhall.lifecycle.CertificateQueryManagement.QueryStarted;
import com.certhall.lifecycle.SmsCodeSent;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/certificate-queries}: a subject's certificates without login (docs/api.md, "Certificate query"):
 * start with the USCC or ID number and a captcha, pick a handler for the SMS code, confirm with the code.
 */
@RestController
class CertificateQueryApi {

    private final CertificateQueryManagement queries;

    CertificateQueryApi(CertificateQueryManagement queries) {
        this.queries = queries;
    }

    record StartBody(String subjectCode, String captchaId, String captchaAnswer) {
    }

    record SmsBody(Integer handler) {
    }

    record ConfirmBody(String smsCode) {
    }

    @PostMapping("/api/v1/certificate-queries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts a certificate query: the subject's handlers on record, masked")
    QueryStarted start(@RequestBody StartBody body) {
        return queries.start(body.subjectCode(), body.captchaId(), body.captchaAnswer());
    }

    @PostMapping("/api/v1/certificate-queries/{id}/sms")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends the QUERY code to the handler picked from the list")
    SmsCodeSent sms(@PathVariable UUID id, @RequestBody SmsBody body, Locale locale) {
        return queries.sendCode(id, body.handler(), locale);
    }

    @PostMapping("/api/v1/certificate-queries/{id}/confirmation")
    @Operation(summary = "The subject's certificates with their status and actions, once the SMS code passes")
    QueryResult confirm(@PathVariable UUID id, @RequestBody ConfirmBody body) {
        return queries.confirm(id, body.smsCode());
    }
}
