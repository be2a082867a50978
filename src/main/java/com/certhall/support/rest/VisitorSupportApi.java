package com.certhall.support.rest;

import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.DataProtection;
import com.certhall.shared.NotFoundException;
import com.certhall.support.conversation.ContactCodes;
import com.certhall.support.conversation.ConversationView;
import com.certhall.support.conversation.Conversations;
import com.certhall.support.conversation.Customer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 在线客服 without an account (docs/help.md, "Online support"): a visitor proves a contact mobile (captcha, then an SMS
 * code, purpose {@code SUPPORT}) and starts a conversation; the answer carries an access key, an HMAC of the
 * conversation and the proven mobile under the {@link DataProtection} hash key, which every later call sends as
 * {@code X-Support-Key}. A wrong key, an account's conversation or an unknown id are the same 404.
 */
@RestController
class VisitorSupportApi {

    static final String KEY_HEADER = "X-Support-Key";

    record VisitorStartRequest(@Nullable String mobile, @Nullable String smsCode, @Nullable String text) {
    }

    record VisitorMessageRequest(@Nullable String text) {
    }

    @Schema(description = "A visitor's conversation and the key that opens it (send it as X-Support-Key)")
    record VisitorConversation(String accessKey, ConversationJson conversation) {
    }

    private final ContactCodes codes;
    private final Conversations conversations;
    private final DataProtection protection;

    VisitorSupportApi(ContactCodes codes, Conversations conversations, DataProtection protection) {
        this.codes = codes;
        this.conversations = conversations;
        this.protection = protection;
    }

    @PostMapping("/api/v1/support/contact-codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends an SMS code (purpose SUPPORT) to a visitor's contact mobile, behind a captcha")
    SmsChallengeTicket code(@RequestBody ContactCodeRequest body, Locale locale, HttpServletRequest request) {
        return body.send(codes, SmsPurpose.SUPPORT, locale, request.getRemoteAddr());
    }

    @PostMapping("/api/v1/support/visitor-conversations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts a visitor's conversation with the contact mobile proven by its SMS code")
    VisitorConversation start(@RequestBody VisitorStartRequest body, HttpServletRequest request) {
        Customer who = Customer.visitor(codes.prove(body.mobile(), SmsPurpose.SUPPORT, body.smsCode()).value());
        ConversationView c = conversations.start(who, body.text() == null ? "" : body.text(), null,
                request.getRemoteAddr());
        return new VisitorConversation(key(c), ConversationJson.of(c, conversations.messages(c.id(), 0), false));
    }

    @GetMapping("/api/v1/support/visitor-conversations/{id}")
    @Operation(summary = "The visitor's conversation with its messages after the sequence number 'after'")
    ConversationJson get(@PathVariable UUID id, @RequestParam(defaultValue = "0") int after,
            @RequestHeader(name = KEY_HEADER, required = false) @Nullable String key) {
        ConversationView c = opened(id, key);
        return ConversationJson.of(c, conversations.messages(c.id(), after), false);
    }

    @PostMapping("/api/v1/support/visitor-conversations/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Writes to the visitor's conversation (at most 1000 characters; 10 a minute)")
    ConversationJson post(@PathVariable UUID id, @RequestBody VisitorMessageRequest body,
            @RequestHeader(name = KEY_HEADER, required = false) @Nullable String key) {
        ConversationView c = opened(id, key);
        Customer who = Customer.visitor(c.contactMobile());
        conversations.post(id, who, body.text() == null ? "" : body.text());
        return ConversationJson.of(conversations.own(id, who), conversations.messages(id, 0), false);
    }

    private ConversationView opened(UUID id, @Nullable String key) {
        ConversationView c;
        try {
            c = conversations.get(id);
        } catch (NotFoundException unknown) {
            c = null;
        }
        if (c == null || c.accountId() != null || c.contactMobile() == null || key == null
                || !MessageDigest.isEqual(key(c).getBytes(StandardCharsets.US_ASCII),
                        key.getBytes(StandardCharsets.US_ASCII))) {
            throw new NotFoundException("conversation", id);
        }
        return c;
    }

    private String key(ConversationView c) {
        return protection.keyedHash("support-visitor|" + c.id() + "|" + c.contactMobile());
    }
}
