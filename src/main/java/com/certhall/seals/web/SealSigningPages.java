package com.certhall.seals.web;

import com.certhall.seals.pdf.PdfSealing;
import com.certhall.seals.pdf.Placement;
import com.certhall.seals.pdf.SealChoices;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import com.certhall.signing.DocumentSigning;
import com.certhall.web.PageErrors;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * 电子签章 (docs/seals.md "Signing PDFs"): the holder uploads a PDF, drags the seal onto a page, authorizes with the
 * signing PIN or by scan-to-sign, and downloads the signed PDF. The upload is kept as a draft, so a refused PIN or a
 * wrong choice loses nothing.
 */
@Controller
class SealSigningPages {

    private final PdfSealing sealing;
    private final SealChoices seals;
    private final SigningRefusalMessages refusals;
    private final PageErrors errors;

    SealSigningPages(PdfSealing sealing, SealChoices seals, SigningRefusalMessages refusals, PageErrors errors) {
        this.sealing = sealing;
        this.seals = seals;
        this.refusals = refusals;
        this.errors = errors;
    }

    @GetMapping("/seals/sign")
    String start(Caller caller, Model model) {
        model.addAttribute("seals", seals.choices(caller));
        PageErrors.none(model);
        return "seals/sign-upload";
    }

    @PostMapping("/seals/sign")
    String upload(@RequestParam(required = false) @Nullable MultipartFile file, Caller caller, Model model,
            Locale locale) throws IOException {
        try {
            byte[] pdf = file == null ? new byte[0] : file.getBytes();
            return "redirect:/seals/sign/" + sealing.upload(caller, file == null ? null : file.getOriginalFilename(),
                    pdf);
        } catch (InvalidInputException e) {
            errors.show(e, model, locale, "seals");
            model.addAttribute("seals", seals.choices(caller));
            return "seals/sign-upload";
        }
    }

    @GetMapping("/seals/sign/{id}")
    String draft(@PathVariable UUID id, Caller caller, Model model) {
        PageErrors.none(model);
        return page(id, caller, model);
    }

    @PostMapping("/seals/sign/{id}")
    String sign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String seal,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0.6") double left,
            @RequestParam(defaultValue = "0.7") double top, @RequestParam(required = false) @Nullable String pin,
            @RequestParam(required = false) @Nullable String mode, Caller caller, Model model, Locale locale) {
        Placement placement = new Placement(page, left, top);
        model.addAttribute("placement", placement);
        model.addAttribute("chosen", seal);
        try {
            if ("scan".equals(mode)) {
                model.addAttribute("pending", sealing.startScan(caller, id, seal, placement));
            } else {
                sealing.signWithPin(caller, id, seal, placement, pin);
                return "redirect:/seals/sign/" + id;
            }
            PageErrors.none(model);
        } catch (InvalidInputException e) {
            errors.show(e, model, locale, "seals");
        } catch (DocumentSigning.Refused e) {
            refusals.show(e, caller, seal == null ? null : seals.choice(caller, seal)
                    .map(SealChoices.SealChoice::credentialId).orElse(null), model, locale);
        }
        return page(id, caller, model);
    }

    /** The page's script polls this while the holder's phone approves. */
    @GetMapping(path = "/seals/sign/{id}/scan", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> poll(@PathVariable UUID id, Caller caller, Locale locale) {
        try {
            return Map.of("signed", sealing.pollScan(caller, id));
        } catch (DocumentSigning.Refused e) {
            return Map.of("signed", false, "error", refusals.sentence(e, locale));
        } catch (InvalidInputException e) {
            return Map.of("signed", false, "error", String.join(" ", errors.sentences(e, locale, "seals")));
        }
    }

    @GetMapping(path = "/seals/sign/{id}/pages/{page}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> preview(@PathVariable UUID id, @PathVariable int page, Caller caller) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(sealing.preview(caller, id, page));
    }

    @GetMapping(path = "/seals/sign/seal-images/{credential}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> sealImage(@PathVariable String credential, Caller caller) {
        return seals.choice(caller, credential).map(s -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG).body(s.image())).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/seals/sign/{id}/signed.pdf")
    ResponseEntity<byte[]> download(@PathVariable UUID id, Caller caller) {
        return sealing.signed(caller, id).map(f -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(f.content())).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private String page(UUID id, Caller caller, Model model) {
        model.addAttribute("draft", sealing.view(caller, id));
        model.addAttribute("seals", seals.choices(caller));
        if (!model.containsAttribute("placement")) {
            model.addAttribute("placement", new Placement(0, 0.6, 0.7));
        }
        return "seals/sign";
    }
}
