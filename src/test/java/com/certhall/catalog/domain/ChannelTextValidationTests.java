package com.certhall.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A channel's English texts and own templates: limits, control characters and placeholders, each error by field. */
class ChannelTextValidationTests {

    private static final ChannelTextValidation.TemplateDefaults DEFAULTS = (part, lang) -> part.endsWith(".body")
            ? "{3} 您好：{0} {1} {2} {4}" : "订单 {1}：{0} {2}";

    @Test
    void blankTextsAreAcceptedAndStripped() {
        ChannelTextDraft checked = ChannelTextValidation.check(new ChannelTextDraft("  Coal Trade  ", null, null, " Chat ",
                List.of(" Seal "), List.of(" For contracts "), Map.of(),
                Map.of("reviewApproved.sms", " Order {1} of {0} approved: {2} ")), 1,
                DEFAULTS);
        assertThat(checked.name()).isEqualTo("Coal Trade");
        assertThat(checked.description()).isEmpty();
        assertThat(checked.onlineSupport()).isEqualTo("Chat");
        assertThat(checked.productNames()).containsExactly("Seal");
        assertThat(checked.productDescriptions()).containsExactly("For contracts");
        assertThat(checked.enTemplates()).containsEntry("reviewApproved.sms", "Order {1} of {0} approved: {2}")
                .containsEntry("reviewRejected.body", "");
        assertThat(checked.zhTemplates()).containsEntry("reviewApproved.sms", "");
    }

    @Test
    void namesEveryBadFieldByItsFormName() {
        ChannelTextDraft bad = new ChannelTextDraft("x".repeat(101), "line one\nline two", "ok\u0007", "a\nb",
                List.of("fine", "tab\u0000"), List.of("", "x".repeat(201)), Map.of("reviewRejected.sms", "驳回 {4}：{9}"),
                Map.of("reviewApproved.body", "Dear {3},\n{0} {1} {2}", "reviewApproved.subject", "{0,number}"));
        assertThatThrownBy(() -> ChannelTextValidation.check(bad, 2, DEFAULTS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("nameEn", "length"),
                                org.assertj.core.groups.Tuple.tuple("agreementTextEn", "control"),
                                org.assertj.core.groups.Tuple.tuple("onlineSupportEn", "control"),
                                org.assertj.core.groups.Tuple.tuple("productNamesEn[1]", "control"),
                                org.assertj.core.groups.Tuple.tuple("productDescriptionsEn[1]", "length"),
                                org.assertj.core.groups.Tuple.tuple("templates[6].zh", "placeholder"),
                                org.assertj.core.groups.Tuple.tuple("templates[1].en", "placeholder")));
    }

    @Test
    void aLineBreakIsAControlCharacterInANameButNotInADescription() {
        assertThatThrownBy(() -> ChannelTextValidation.check(new ChannelTextDraft("Coal\nTrade", "a\r\nb", "", "", List.of(),
                List.of(), Map.of(), Map.of()), 0, DEFAULTS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("nameEn"));
        assertThat(ChannelTextValidation.check(new ChannelTextDraft("", "a\r\nb", "", "", List.of(), List.of(), Map.of(),
                Map.of()),
                0, DEFAULTS).description()).isEqualTo("a\nb");
    }

    @Test
    void placeholdersAreReadFromTheDefaultPattern() {
        assertThat(ChannelTextValidation.placeholders("{3}您好：{0} 订单 {1}，{2}，原因 {4}")).containsExactly(0, 1, 2, 3, 4);
        assertThat(ChannelTextValidation.placeholders("no placeholders")).isEmpty();
    }
}
