package com.certhall.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who the invoice is made out to, and the keyed hash the lookup finds it by. */
@Embeddable
record InvoiceBuyer(@Column(name = "buyer_name", nullable = false) String name,
        @Column(name = "buyer_tax_number", nullable = false) String taxNumber,
        @Column(name = "buyer_email", nullable = false) String email,
        @Column(name = "lookup_key", nullable = false) String lookupKey) {
}
