package com.certhall.catalog.web;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelQuestions;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelSummary;
import com.certhall.catalog.ChannelTexts;
import com.certhall.catalog.FlowStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The project picker (CFCA: letters A–Z across the top, search by name) and a channel's detail page. Search and
 * letters work as plain GET links; with htmx only the result list is swapped.
 */
@Controller
class ApplyPages {

    static final List<String> LETTERS = IntStream.rangeClosed('A', 'Z').mapToObj(c -> String.valueOf((char) c))
            .toList();

    private final CatalogManagement catalog;
    private final ChannelTexts texts;
    private final ChannelQuestions questions;

    ApplyPages(CatalogManagement catalog, ChannelTexts texts, ChannelQuestions questions) {
        this.catalog = catalog;
        this.texts = texts;
        this.questions = questions;
    }

    @GetMapping("/apply")
    String picker(@RequestParam(name = "q", required = false, defaultValue = "") String q,
            @RequestParam(name = "letter", required = false, defaultValue = "") String letter,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        String chosen = letter.trim().toUpperCase(Locale.ROOT);
        chosen = LETTERS.contains(chosen) ? chosen : "";
        // letters and groups follow the names the visitor reads: pinyin initials in Chinese, English ones in English
        List<ChannelSummary> all = texts.localized(catalog.findChannels(""), locale);
        Set<String> matching = catalog.findChannels(q).stream().map(ChannelSummary::code).collect(Collectors.toSet());
        List<ChannelSummary> found = all.stream().filter(c -> matching.contains(c.code()))
                .sorted(Comparator.comparing(ChannelSummary::initial).thenComparing(ChannelSummary::code)).toList();
        if (!chosen.isEmpty()) {
            String only = chosen;
            found = found.stream().filter(c -> c.initial().equals(only)).toList();
        }
        Set<String> present = all.stream().map(ChannelSummary::initial).collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<ChannelSummary>> groups = new LinkedHashMap<>();
        for (ChannelSummary c : found) {
            groups.computeIfAbsent(c.initial(), k -> new ArrayList<>()).add(c);
        }
        model.addAttribute("q", q);
        model.addAttribute("letter", chosen);
        model.addAttribute("letters", LETTERS);
        model.addAttribute("present", present);
        model.addAttribute("groups", groups);
        model.addAttribute("count", found.size());
        return htmx != null ? "catalog/apply :: results" : "catalog/apply";
    }

    @GetMapping("/apply/{code}")
    String channel(@PathVariable String code, Model model, Locale locale) {
        ChannelRules rules = catalog.findChannel(code).map(r -> texts.localized(r, locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no channel " + code));
        // the header's channel name and hotline come from LocalizedChannels, as on every page about one channel
        model.addAttribute("channel", rules);
        model.addAttribute("faq", questions.of(rules.code(), locale));
        model.addAttribute("steps", steps(rules));
        return "catalog/channel";
    }

    /** The steps after submission in the channel's order, as message keys. */
    static List<String> steps(ChannelRules rules) {
        List<String> steps = new ArrayList<>();
        steps.add("catalog.detail.flow.submit");
        FlowStep step = rules.flow().afterSubmission();
        while (step != FlowStep.FULFILMENT) {
            steps.add(step == FlowStep.PAYMENT ? "catalog.detail.flow.pay" : "catalog.detail.flow.review");
            step = rules.flow().after(step);
        }
        steps.add("catalog.detail.flow.issue");
        return steps;
    }
}
