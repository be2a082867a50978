package com.certhall.lifecycle.rest;

import com.certhall.lifecycle.ProductionManagement;
import com.certhall.lifecycle.ProductionView;
import com.certhall.orders.OrderId;
import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator's UKEY desk as an API: produce, ship with a tracking number, or record a pickup by the handler. */
@RestController
@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
class ProductionAdminApi {

    record Shipment(@Nullable String carrier, @Nullable String trackingNumber) {
    }

    record Pickup(@Nullable String name, @Nullable String idNumber) {
    }

    private final ProductionManagement production;

    ProductionAdminApi(ProductionManagement production) {
        this.production = production;
    }

    @GetMapping("/api/v1/admin/production")
    @Operation(summary = "UKEY orders still at the operator's desk (waiting or produced), oldest approval first",
            description = "Paged: `page` from 0, `size` 1–500 (default 100); the header X-Total-Count gives how many "
                    + "there are in all.")
    ResponseEntity<List<ProductionView>> open(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int pageSize = size == null ? 100 : Math.max(1, Math.min(size, 500));
        PageOf<ProductionView> found = production.open("", PageOf.number(page), pageSize);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total())).body(found.items());
    }

    @PostMapping("/api/v1/admin/orders/{id}/production")
    @Operation(summary = "Records that the order's UKEY was produced")
    ProductionView produce(@PathVariable String id, Caller caller) {
        return production.produce(orderId(id), caller.auditActor());
    }

    @PostMapping("/api/v1/admin/orders/{id}/shipment")
    @Operation(summary = "Records the UKEY's shipment with carrier and tracking number")
    ProductionView ship(@PathVariable String id, @RequestBody Shipment body, Caller caller) {
        return production.ship(orderId(id), body.carrier(), body.trackingNumber(), caller.auditActor());
    }

    @PostMapping("/api/v1/admin/orders/{id}/pickup")
    @Operation(summary = "Records that the handler collected the UKEY in person (name and ID number)")
    ProductionView pickup(@PathVariable String id, @RequestBody Pickup body, Caller caller) {
        return production.pickup(orderId(id), body.name(), body.idNumber(), caller.auditActor());
    }

    static OrderId orderId(String raw) {
        try {
            return new OrderId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("order", raw);
        }
    }
}
