package com.certhall.support.web;

import com.certhall.accounts.Captcha;
import com.certhall.support.conversation.ConversationView;
import com.certhall.support.conversation.Customer;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * The support start page ({@code support/start}) as both its controllers show it: the customer and his conversations,
 * or for a visitor without a proven contact mobile the captcha in front of the SMS code.
 */
final class StartPage {

    private StartPage() {
    }

    static String show(Model model, boolean embed, @Nullable UUID order, @Nullable Customer customer,
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
}
