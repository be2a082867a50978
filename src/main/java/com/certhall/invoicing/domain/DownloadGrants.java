package com.certhall.invoicing.domain;

import com.certhall.invoicing.InvoiceId;
import com.certhall.shared.DataProtection;
import com.certhall.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Download links for the invoices a public lookup found (REST, no session): {@code <invoice id>.<expiry>.<HMAC>},
 * keyed by {@link DataProtection}, so any node checks them without storing anything and nobody can forge one for an
 * invoice the lookup did not find. A wrong, altered or expired link is a 404.
 */
@Component
public class DownloadGrants {

    /** How long the links of one lookup work. */
    public static final Duration VALID = Duration.ofMinutes(30);

    private final DataProtection protection;
    private final Clock clock;

    DownloadGrants(DataProtection protection, Clock clock) {
        this.protection = protection;
        this.clock = clock;
    }

    public String grant(InvoiceId invoice) {
        long expires = clock.instant().plus(VALID).getEpochSecond();
        return invoice.id() + "." + expires + "." + mac(invoice.id(), expires);
    }

    public Instant expiresAt() {
        return Instant.ofEpochSecond(clock.instant().plus(VALID).getEpochSecond());
    }

    /** @throws NotFoundException for any link this service did not make, or made more than {@link #VALID} ago */
    public InvoiceId check(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        try {
            if (parts.length == 3) {
                UUID id = UUID.fromString(parts[0]);
                long expires = Long.parseLong(parts[1]);
                boolean genuine = MessageDigest.isEqual(mac(id, expires).getBytes(StandardCharsets.US_ASCII),
                        parts[2].getBytes(StandardCharsets.US_ASCII));
                if (genuine && clock.instant().getEpochSecond() <= expires) {
                    return new InvoiceId(id);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the same 404 as a forged link
        }
        throw new NotFoundException("invoice", "lookup link");
    }

    private String mac(UUID id, long expires) {
        return protection.keyedHash("invoice-download|" + id + "|" + expires);
    }
}
