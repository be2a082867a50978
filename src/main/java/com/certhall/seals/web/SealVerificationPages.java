package com.certhall.seals.web;

import com.certhall.seals.pdf.PdfVerifier;
import com.certhall.seals.pdf.VerificationView;
import com.certhall.shared.InvalidInputException;
import com.certhall.web.PageErrors;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 验章/验签, open to anyone (docs/seals.md "Verifying"): upload a signed PDF, see each signature and seal. */
@Controller
class SealVerificationPages {

    private final PdfVerifier verifier;
    private final PageErrors errors;

    SealVerificationPages(PdfVerifier verifier, PageErrors errors) {
        this.verifier = verifier;
        this.errors = errors;
    }

    @GetMapping("/seals/verify")
    String form(Model model) {
        PageErrors.none(model);
        return "seals/verify";
    }

    @PostMapping("/seals/verify")
    String verify(@RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale)
            throws IOException {
        try {
            byte[] pdf = file == null ? new byte[0] : file.getBytes();
            model.addAttribute("report", VerificationView.of(file == null || file.getOriginalFilename() == null
                    ? "document.pdf" : file.getOriginalFilename(), verifier.verify(pdf)));
            PageErrors.none(model);
        } catch (InvalidInputException e) {
            errors.show(e, model, locale, "seals");
        }
        return "seals/verify";
    }
}
