package com.certhall.support.web;

import com.certhall.accounts.Captcha;
import com.certhall.documents.StoredDocument;
import com.certhall.shared.ProblemException;
import com.certhall.support.conversation.ConversationView;
import com.certhall.support.conversation.Customer;
import com.certhall.support.conversation.Message;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/** What the support pages show, the same for the customer's and the staff's side of a conversation. */
final class SupportModels {

    private SupportModels() {
    }

    /**
     * The start page ({@code support/start}): the customer and his conversations, or for a visitor without a proven
     * contact mobile the captcha in front of the SMS code.
     */
    static String start(Model model, boolean embed, @Nullable UUID order, @Nullable Customer customer,
            List<ConversationView> conversations, @Nullable Captcha captcha) {
        model.addAttribute("embed", embed);
        model.addAttribute("order", order);
        model.addAttribute("customer", customer);
        model.addAttribute("conversations", conversations);
        if (captcha != null) {
            model.addAttribute("captcha", captcha);
        }
        return "support/start";
    }

    /** One conversation with its messages and files; the staff desk adds the customer's orders and canned answers. */
    static void conversation(Model model, ConversationView c, List<Message> messages, boolean staffSide,
            List<StoredDocument> attachments) {
        model.addAttribute("conversation", c);
        messages(model, messages, staffSide);
        model.addAttribute("attachments", attachments);
    }

    /** The message list the conversation page polls ({@code support/messages :: list}). */
    static String messages(Model model, List<Message> messages, boolean staffSide) {
        model.addAttribute("messages", messages);
        model.addAttribute("staffSide", staffSide);
        return "support/messages :: list";
    }

    /** A refusal caught to show on a page, unless it is a 404: an unknown conversation or request is the error page's. */
    static void rethrowNotFound(ProblemException e) {
        if (e.status() == 404) {
            throw e;
        }
    }
}
