package com.certhall.support.web;

import com.certhall.catalog.CatalogManagement;
import com.certhall.support.help.HelpCentre;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The help centre page: search, the questions of a channel and the general ones, and how to reach a person. */
@Controller
class HelpPages {

    private final HelpCentre help;
    private final CatalogManagement catalog;

    HelpPages(HelpCentre help, CatalogManagement catalog) {
        this.help = help;
        this.catalog = catalog;
    }

    @GetMapping("/help")
    String help(@RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String q, Locale locale, Model model) {
        String code = help.channel(channel).map(c -> c.code()).orElse(null);
        model.addAttribute("channels", catalog.findChannels(""));
        model.addAttribute("channel", code);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("faqs", help.search(code, q));
        model.addAttribute("contact", help.contact(code));
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        if (code != null) {
            model.addAttribute("headerHotline", help.contact(code).hotline());
        }
        return "support/help";
    }
}
