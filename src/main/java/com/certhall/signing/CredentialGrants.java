package com.certhall.signing;

import java.util.UUID;

/**
 * Who besides the holder may sign with a cloud credential: the seal users an organisation granted a seal on that
 * certificate (docs/seals.md "Who signs with a seal"). Implemented by the seals module, asked at every use of the
 * credential, so a withdrawn grant stops the next signature. The key stays the certificate's and still needs its
 * signing PIN; nobody but the holder lists the credential.
 */
public interface CredentialGrants {

    /** Whether {@code account} holds a live grant of an active seal whose certificate has this serial. */
    boolean granted(UUID account, String serialHex);
}
