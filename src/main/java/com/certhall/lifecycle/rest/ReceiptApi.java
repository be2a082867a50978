package com.certhall.lifecycle.rest;

import com.certhall.lifecycle.ProductionManagement;
import com.certhall.lifecycle.ProductionView;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The holder confirms that a shipped UKEY arrived; the order completes (docs/lifecycle.md). */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class ReceiptApi {

    private final ProductionManagement production;

    ReceiptApi(ProductionManagement production) {
        this.production = production;
    }

    @PostMapping("/api/v1/orders/{id}/receipt")
    @Operation(summary = "Confirms receipt of the order's shipped UKEY; the order completes")
    ProductionView confirm(@PathVariable String id, Caller caller) {
        return production.confirmReceipt(ProductionAdminApi.orderId(id), caller.applicantId(), caller.auditActor());
    }
}
