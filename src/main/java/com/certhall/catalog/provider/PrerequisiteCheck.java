package com.certhall.catalog.provider;

import com.certhall.shared.Uscc;

/**
 * A partner registry that must already know an organisation before it may apply in a channel (SXCA: register on the
 * coal-trade platform first). Implementations answer from the partner's records, never by guessing.
 */
public interface PrerequisiteCheck {

    /**
     * Whether the organisation is registered with {@code registry}.
     *
     * @throws RegistryUnavailableException when the registry cannot be asked right now
     */
    boolean isRegistered(String registry, Uscc uscc);
}
