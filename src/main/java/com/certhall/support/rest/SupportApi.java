package com.certhall.support.rest;

import com.certhall.shared.Caller;
import com.certhall.support.conversation.ConversationView;
import com.certhall.support.conversation.Conversations;
import com.certhall.support.conversation.Customer;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's support conversations ({@code /api/v1/support/conversations}, bearer token). Another account's
 * conversation is a 404. Poll {@code GET …/{id}?after=<seq>} for new messages.
 */
@RestController
class SupportApi {

    private final Conversations conversations;

    SupportApi(Conversations conversations) {
        this.conversations = conversations;
    }

    record SupportStartRequest(@Nullable String text, @Nullable UUID orderId) {
    }

    record SupportMessageRequest(@Nullable String text) {
    }

    @PostMapping("/api/v1/support/conversations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts a support conversation, attached to one of the applicant's orders if orderId is given")
    ConversationJson start(@RequestBody SupportStartRequest body, Caller caller, HttpServletRequest request) {
        Customer who = Customer.applicant(caller.applicantId());
        ConversationView c = conversations.start(who, body.text() == null ? "" : body.text(), body.orderId(),
                request.getRemoteAddr());
        return ConversationJson.of(c, conversations.messages(c.id(), 0), false);
    }

    @GetMapping("/api/v1/support/conversations")
    @Operation(summary = "The applicant's conversations, most recently active first, without their messages")
    List<ConversationJson> list(Caller caller) {
        return conversations.ofCustomer(Customer.applicant(caller.applicantId())).stream()
                .map(c -> ConversationJson.of(c, List.of(), false)).toList();
    }

    @GetMapping("/api/v1/support/conversations/{id}")
    @Operation(summary = "One conversation with its messages after the sequence number 'after'")
    ConversationJson get(@PathVariable UUID id, @RequestParam(defaultValue = "0") int after, Caller caller) {
        ConversationView c = conversations.own(id, Customer.applicant(caller.applicantId()));
        return ConversationJson.of(c, conversations.messages(c.id(), after), false);
    }

    @PostMapping("/api/v1/support/conversations/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Writes to the conversation (at most 1000 characters; 10 a minute)")
    ConversationJson post(@PathVariable UUID id, @RequestBody SupportMessageRequest body, Caller caller) {
        Customer who = Customer.applicant(caller.applicantId());
        conversations.post(id, who, body.text() == null ? "" : body.text());
        return ConversationJson.of(conversations.own(id, who), conversations.messages(id, 0), false);
    }
}
