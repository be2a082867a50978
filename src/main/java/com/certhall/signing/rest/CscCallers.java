package com.certhall.signing.rest;

import com.certhall.shared.Caller;
import com.certhall.signing.domain.CscException;
import com.certhall.signing.domain.PartnerPrincipal;
import com.certhall.signing.domain.SigningCaller;

/** Who calls the CSC API, from the request's principal: a holder's or a partner's token with scope signing. */
final class CscCallers {

    private CscCallers() {
    }

    static SigningCaller of(Caller caller) {
        if (caller instanceof PartnerPrincipal partner) {
            if (!partner.scopes().contains("signing")) {
                throw new CscException(403, "insufficient_scope", "The access token lacks scope signing");
            }
            return partner.signingCaller();
        }
        if (caller.isApplicant()) {
            return SigningCaller.holder(caller.id(), caller.auditActor());
        }
        throw new CscException(403, "access_denied", "Only certificate holders and partner clients sign");
    }
}
