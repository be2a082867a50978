package com.certhall.lifecycle.provider.sandbox;

import com.certhall.shared.NotFoundException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The sandbox courier's public tracking page. */
@Controller
@Profile("sandbox")
class SandboxCourierPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final SandboxCourier courier;

    SandboxCourierPages(SandboxCourier courier) {
        this.courier = courier;
    }

    @GetMapping("/sandbox/courier/{trackingNumber}")
    String track(@PathVariable String trackingNumber, Model model) {
        SandboxCourier.Parcel parcel = courier.track(trackingNumber)
                .orElseThrow(() -> new NotFoundException("parcel", trackingNumber));
        model.addAttribute("parcel", parcel);
        model.addAttribute("times", parcel.events().stream().map(e -> TIME.format(e.at())).toList());
        return "lifecycle/sandbox-courier";
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(NotFoundException.class)
    void unknown(NotFoundException e, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.sendError(404);
    }
}
