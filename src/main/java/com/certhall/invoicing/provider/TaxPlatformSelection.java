package com.certhall.invoicing.provider;

import com.certhall.invoicing.InvoicingProperties;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks {@code certhall.invoicing.platform} at start: {@code none} (finance issues invoices outside CertHall and
 * records them on the finance console) or the id of an adapter that exists under the active profiles. Anything else
 * stops the start with what to set, so a production start never falls back to the sandbox's platform and never
 * stops on a missing bean (docs/invoicing.md, "Without a tax platform").
 */
@Component
class TaxPlatformSelection {

    static final String NONE = "none";
    private static final Logger log = LoggerFactory.getLogger(TaxPlatformSelection.class);

    TaxPlatformSelection(InvoicingProperties properties, ObjectProvider<TaxPlatform> platform) {
        String id = properties.platform().trim().toLowerCase(Locale.ROOT);
        if (id.equals(NONE)) {
            log.warn("certhall.invoicing.platform=none: no tax platform is connected; due invoices wait for finance "
                    + "(待财务开具) on /admin/invoices, who issue them outside CertHall and record number and PDF");
            return;
        }
        if (platform.getIfAvailable() == null) {
            throw new IllegalStateException("certhall.invoicing.platform (CERTHALL_INVOICING_PLATFORM) is '" + id
                    + "', and no such tax platform adapter exists under the active profiles: set it to 'none' "
                    + "(finance issues invoices outside CertHall and records them on /admin/invoices); 'sandbox' "
                    + "runs only in the sandbox profile (docs/invoicing.md)");
        }
    }
}
