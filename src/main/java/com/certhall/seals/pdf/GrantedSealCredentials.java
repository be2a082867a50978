package com.certhall.seals.pdf;

import com.certhall.seals.Seals;
import com.certhall.signing.CredentialGrants;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The signing module asks whether a seal user may sign with an organisation's certificate (docs/seals.md "Who signs
 * with a seal"): yes while one of the seals on that certificate is active and usable by the account — granted to him,
 * or any seal of an organisation he administers.
 */
@Component
class GrantedSealCredentials implements CredentialGrants {

    private final Seals seals;

    GrantedSealCredentials(Seals seals) {
        this.seals = seals;
    }

    @Override
    public boolean granted(UUID account, String serialHex) {
        return seals.usableBy(account).stream().anyMatch(s -> s.certificateSerial().equalsIgnoreCase(serialHex));
    }
}
