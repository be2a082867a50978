package com.certhall.seals.web;

import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.seals.domain.SealPictures;
import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The seal an organisation's certificate order will get, shown by the order wizard's confirmation step before
 * submission (docs/seals.md "Confirmation"): the same picture {@link SealPictures} makes the seal from after issuance.
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class SealPreviewPages {

    private final OrderManagement orders;
    private final SealPictures pictures;

    SealPreviewPages(OrderManagement orders, SealPictures pictures) {
        this.orders = orders;
        this.pictures = pictures;
    }

    @GetMapping("/seals/preview/{order}")
    ResponseEntity<byte[]> preview(@PathVariable UUID order, Caller caller) {
        OrderDetails details = orders.detailsOwned(new OrderId(order), caller.applicantId());
        String name = SealPictures.sealName(details).orElseThrow(() -> new NotFoundException("seal", order));
        return SealPages.file(pictures.of(details, name).png(), MediaType.IMAGE_PNG_VALUE, "seal.png", false);
    }
}
