package com.certhall.documents;

import com.certhall.documents.ApplicationFormData.Organisation;
import com.certhall.documents.ApplicationFormData.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the authorization letter (授权委托书) shows: the organisation's legal representative authorizes the handler
 * to apply for the listed certificates under this order. Used when the handler is not the legal representative.
 *
 * @param certificates one line per certificate applied for, as the applicant reads it ({@code 机构证书 UKEY × 1})
 */
public record AuthorizationLetterData(String orderNumber, String channelName, Organisation organisation,
        Person legalRepresentative, Person handler, List<String> certificates, String statusUrl, LocalDate date) {

    public AuthorizationLetterData {
        orderNumber = FormText.required(orderNumber, "orderNumber");
        channelName = FormText.clean(channelName);
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(legalRepresentative, "legalRepresentative");
        Objects.requireNonNull(handler, "handler");
        certificates = certificates.stream().map(FormText::clean).filter(s -> !s.isEmpty()).toList();
        statusUrl = FormText.required(statusUrl, "statusUrl");
        Objects.requireNonNull(date, "date");
    }
}
