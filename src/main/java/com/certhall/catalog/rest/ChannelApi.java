package com.certhall.catalog.rest;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelQuestions;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelSummary;
import com.certhall.catalog.ChannelTexts;
import com.certhall.catalog.Quote;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.web.KeptReads;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public catalog API (docs/development.md, "API"): channel search, channel details and server-side quotes. A
 * channel's details are also answered on the API's lean path ({@link KeptReads}; docs/security.md, "Lean API reads").
 */
@RestController
@RequestMapping("/api/v1/channels")
class ChannelApi implements KeptReads {

    private static final String LIST = "/api/v1/channels";
    private static final String CHANNEL = LIST + "/";

    private final CatalogManagement catalog;
    private final ChannelTexts texts;
    private final ChannelQuestions questions;

    ChannelApi(CatalogManagement catalog, ChannelTexts texts, ChannelQuestions questions) {
        this.catalog = catalog;
        this.texts = texts;
        this.questions = questions;
    }

    @GetMapping
    @Operation(summary = "Channels (projects) matching a search by name, code or pinyin initial")
    List<ChannelSummary> channels(@RequestParam(name = "q", required = false) String q) {
        return catalog.findChannels(q == null ? "" : q);
    }

    @GetMapping("/{code}")
    @Operation(summary = "A channel with its products, identity checks, materials, order rules and English texts")
    ChannelView channel(@PathVariable String code, Locale locale) {
        return view(catalog.channel(code), locale);
    }

    /**
     * The channel list without a search, and a known channel's details; anything else is left to the whole chain (404
     * as a problem detail).
     */
    @Override
    public @Nullable Object answer(String path, Supplier<@Nullable Authentication> caller, Locale locale) {
        if (LIST.equals(path)) {
            return channels(null);
        }
        if (!path.startsWith(CHANNEL) || path.indexOf('/', CHANNEL.length()) >= 0) {
            return null;
        }
        return catalog.findChannel(path.substring(CHANNEL.length())).map(rules -> view(rules, locale)).orElse(null);
    }

    private ChannelView view(ChannelRules rules, Locale locale) {
        return ChannelView.of(rules, texts.english(rules.code()), questions.of(rules.code(), locale));
    }

    @PostMapping("/{code}/quotes")
    @Operation(summary = "The price of a product for some years and quantity, line by line in fen")
    QuoteView quote(@PathVariable String code, @RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = QuoteRequest.class))) JsonNode body) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String productCode = body.path("productCode").asText("").trim();
        if (productCode.isEmpty()) {
            errors.add(FieldViolation.of("productCode", "required", "validation.required", "productCode"));
        }
        Integer years = whole(body, "years", errors, null);
        Integer quantity = whole(body, "quantity", errors, 1);
        errors.throwIfAny();
        Quote quote = catalog.quote(code, productCode, years, quantity);
        return QuoteView.of(quote);
    }

    /** What a quote request holds; read from the JSON tree so that every bad field gets its own error. */
    record QuoteRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String productCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Validity in years.") int years,
            @Schema(description = "How many certificates; 1 when absent.") Integer quantity) {
    }

    /** A whole number field; absent → {@code fallback} (or required when none), anything else → a field error. */
    private static Integer whole(JsonNode body, String field, InvalidInputException.Collector errors,
            Integer fallback) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            if (fallback == null) {
                errors.add(FieldViolation.of(field, "required", "validation.required", field));
            }
            return fallback;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual() && node.asText().trim().matches("\\d{1,4}")) {
            return Integer.valueOf(node.asText().trim());
        }
        errors.add(FieldViolation.of(field, "format", "catalog.validation.wholeNumber", field));
        return fallback;
    }
}
