package com.certhall.signing.web;

import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.shared.SiteProperties;
import com.certhall.signing.domain.SigningPins;
import com.certhall.web.PageErrors;
import com.certhall.web.QrImages;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /certificates/{serial}/signing-pin}, for the phone (docs/signing.md, "Activation and PIN reset"): a new cloud
 * certificate is activated with an SMS code and a PIN the holder sets; a forgotten or locked PIN is replaced with an
 * SMS code, the handler's identity number and a new PIN.
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class SigningPinPages {

    private final SigningPins pins;
    private final PageErrors errors;
    private final SiteProperties site;

    SigningPinPages(SigningPins pins, PageErrors errors, SiteProperties site) {
        this.pins = pins;
        this.errors = errors;
        this.site = site;
    }

    /**
     * The activation page's link as a QR code, for "我的证书" on a desktop: the holder opens the page on the phone
     * (issue 15). Only the holder of the cloud certificate gets it.
     */
    @GetMapping(value = "/certificates/{serial}/signing-pin/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String serial, Caller caller) {
        String owned = pins.state(caller.applicantId(), serial).serialHex();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(QrImages.png(site.link("/certificates/" + owned + "/signing-pin"), 280));
    }

    @GetMapping("/certificates/{serial}/signing-pin")
    String page(@PathVariable String serial, Caller caller, Model model) {
        return render(serial, caller, model);
    }

    @PostMapping("/certificates/{serial}/signing-pin/sms")
    String sms(@PathVariable String serial, @RequestParam(required = false) @Nullable String idNumber,
            Caller caller, Model model, Locale locale) {
        model.addAttribute("idNumber", idNumber);
        try {
            model.addAttribute("sent", pins.sendCode(caller.applicantId(), serial, locale));
        } catch (ProblemException e) {
            errors.show(e, model, locale, "signing");
        }
        return render(serial, caller, model);
    }

    @PostMapping("/certificates/{serial}/signing-pin")
    String set(@PathVariable String serial, @RequestParam(required = false) @Nullable String smsCode,
            @RequestParam(required = false) @Nullable String idNumber,
            @RequestParam(required = false) @Nullable String pin,
            @RequestParam(required = false) @Nullable String pinAgain, Caller caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        boolean activated = pins.state(caller.applicantId(), serial).activated();
        try {
            if (activated) {
                pins.reset(caller.applicantId(), serial, smsCode, idNumber, pin, pinAgain);
            } else {
                pins.activate(caller.applicantId(), serial, smsCode, pin, pinAgain);
            }
        } catch (ProblemException e) {
            errors.show(e, model, locale, "signing");
            model.addAttribute("smsCode", smsCode);
            model.addAttribute("idNumber", idNumber);
            return render(serial, caller, model);
        }
        redirect.addFlashAttribute("done", activated ? "reset" : "activated");
        return "redirect:/certificates/" + serial + "/signing-pin";
    }

    private String render(String serial, Caller caller, Model model) {
        PageErrors.none(model);
        model.addAttribute("state", pins.state(caller.applicantId(), serial));
        return "signing/pin";
    }
}
