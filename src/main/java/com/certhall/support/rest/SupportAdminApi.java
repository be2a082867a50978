package com.certhall.support.rest;

import com.certhall.shared.Caller;
import com.certhall.support.conversation.ConversationView;
import com.certhall.support.conversation.Conversations;
import com.certhall.support.conversation.ResponseFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The support desk for staff tools ({@code /api/v1/admin/support/...}, SUPPORT). */
@RestController
@PreAuthorize("hasAnyRole('SUPPORT','ADMIN')")
class SupportAdminApi {

    private final Conversations conversations;

    SupportAdminApi(Conversations conversations) {
        this.conversations = conversations;
    }

    record SupportQueueJson(SupportFiguresJson figures, List<ConversationJson> conversations) {
    }

    record SupportFiguresJson(int started, int answered,
            @Schema(description = "Mean time to the first answer, seconds, last 7 days") @Nullable Long meanFirstResponseSeconds,
            @Nullable Long medianFirstResponseSeconds, int waiting, @Nullable Long longestWaitSeconds) {

        static SupportFiguresJson of(ResponseFigures f) {
            return new SupportFiguresJson(f.started(), f.answered(),
                    f.meanFirstResponse() == null ? null : f.meanFirstResponse().toSeconds(),
                    f.medianFirstResponse() == null ? null : f.medianFirstResponse().toSeconds(), f.waiting(),
                    f.longestWait() == null ? null : f.longestWait().toSeconds());
        }
    }

    record SupportAnswerRequest(@Nullable String text) {
    }

    @GetMapping("/api/v1/admin/support/conversations")
    @Operation(summary = "Open conversations, longest waiting first, with the response-time figures (SUPPORT)")
    SupportQueueJson queue() {
        return new SupportQueueJson(SupportFiguresJson.of(conversations.figures()), conversations.queue().stream()
                .map(c -> ConversationJson.of(c, List.of(), true)).toList());
    }

    @GetMapping("/api/v1/admin/support/conversations/{id}")
    @Operation(summary = "One conversation with its messages after 'after' (SUPPORT)")
    ConversationJson get(@PathVariable UUID id, @RequestParam(defaultValue = "0") int after) {
        ConversationView c = conversations.get(id);
        return ConversationJson.of(c, conversations.messages(id, after), true);
    }

    @PostMapping("/api/v1/admin/support/conversations/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answers; an unassigned conversation becomes the answering staff member's (SUPPORT)")
    ConversationJson answer(@PathVariable UUID id, @RequestBody SupportAnswerRequest body, Principal staff) {
        conversations.answer(id, staff.getName(), body.text() == null ? "" : body.text());
        return get(id, 0);
    }

    @PostMapping("/api/v1/admin/support/conversations/{id}/closing")
    @Operation(summary = "Closes the conversation; a new customer message opens it again (SUPPORT)")
    ConversationJson close(@PathVariable UUID id, Caller staff) {
        conversations.close(id, staff.auditActor());
        return get(id, 0);
    }
}
