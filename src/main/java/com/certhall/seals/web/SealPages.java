package com.certhall.seals.web;

import com.certhall.seals.SealMember;
import com.certhall.seals.SealView;
import com.certhall.seals.Seals;
import com.certhall.seals.domain.SealAdministration;
import com.certhall.seals.domain.SealChanges;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * "我的印章" (docs/seals.md "Pages"): the seals an applicant holds, administers or may use, with image, code, status,
 * validity and downloads; the administrator's 补章 and 变章. The seal preview of an order is {@link SealPreviewPages}.
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class SealPages {

    private final Seals seals;
    private final SealAdministration administration;
    private final SealChanges changes;
    private final PageErrors errors;

    SealPages(Seals seals, SealAdministration administration, SealChanges changes, PageErrors errors) {
        this.seals = seals;
        this.administration = administration;
        this.changes = changes;
        this.errors = errors;
    }

    @GetMapping("/seals")
    String list(Caller caller, Model model) {
        PageErrors.none(model);
        List<SealView> rows = seals.visibleTo(caller.applicantId());
        List<SealMember> memberships = administration.memberships(caller.applicantId());
        Set<String> administered = memberships.stream().filter(SealMember::administrator).map(SealMember::uscc)
                .collect(Collectors.toSet());
        model.addAttribute("rows", rows);
        model.addAttribute("memberships", memberships);
        model.addAttribute("administered", administered);
        return "seals/seals";
    }

    @PostMapping("/seals/{id}/change")
    String change(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String sealName, @RequestParam(defaultValue = "change") String what,
            Caller caller, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            SealView made = "add".equals(what) ? changes.add(caller.applicantId(), id, kind, sealName, caller.auditActor())
                    : changes.change(caller.applicantId(), id, kind, sealName, caller.auditActor());
            redirect.addFlashAttribute("done", made.esId());
            redirect.addFlashAttribute("doneWhat", "add".equals(what) ? "add" : "change");
            return "redirect:/seals";
        } catch (ProblemException e) {
            String page = list(caller, model);
            errors.show(e, model, locale, "seals");
            model.addAttribute("failedSeal", id);
            return page;
        }
    }

    @GetMapping("/seals/{id}/image")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download,
            Caller caller) {
        SealView seal = seals.get(caller.applicantId(), id);
        return file(seals.image(caller.applicantId(), id), MediaType.IMAGE_PNG_VALUE, seal.esId() + ".png",
                download);
    }

    @GetMapping("/seals/{id}/seseal")
    ResponseEntity<byte[]> seSeal(@PathVariable UUID id, Caller caller) {
        SealView seal = seals.get(caller.applicantId(), id);
        return file(seals.seSeal(caller.applicantId(), id), MediaType.APPLICATION_OCTET_STREAM_VALUE,
                seal.esId() + ".seal", true);
    }

    static ResponseEntity<byte[]> file(byte[] body, String type, String name, boolean download) {
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(name).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }
}
