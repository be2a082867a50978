package com.certhall.support.rest;

import com.certhall.support.help.Faq;
import com.certhall.support.help.HelpCentre;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/help}: the help centre for partner systems, in the language of {@code Accept-Language}. */
@RestController
class HelpApi {

    private final HelpCentre help;

    HelpApi(HelpCentre help) {
        this.help = help;
    }

    record HelpJson(@Schema(description = "Where to reach a person.") HelpContactJson contact, List<HelpEntryJson> entries) {
    }

    record HelpContactJson(@Schema(description = "Channel code, absent for the site's general contact.") @Nullable String channel,
            String hotline, @Schema(description = "Service hours as the channel states them.") String hours,
            String address, @Schema(description = "The support conversation page.") String supportUrl) {
    }

    record HelpEntryJson(String id, @Schema(description = "Channel code, absent for general questions.") @Nullable String channel,
            String question, String answer, @Schema(description = "Path of the page the answer talks about.") String link) {
    }

    @Operation(summary = "Help-centre questions of a channel and the general ones; q matches Chinese and English")
    @GetMapping("/api/v1/help")
    HelpJson help(@RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String q, Locale locale) {
        HelpCentre.Contact c = help.contact(channel);
        List<HelpEntryJson> entries = help.search(channel, q).stream().map(f -> entry(f, locale)).toList();
        return new HelpJson(new HelpContactJson(c.channel(), c.hotline(), c.hours(), c.address(), "/support"), entries);
    }

    private static HelpEntryJson entry(Faq f, Locale locale) {
        return new HelpEntryJson(f.id().toString(), f.channel(), f.question(locale), f.answer(locale), f.link());
    }
}
