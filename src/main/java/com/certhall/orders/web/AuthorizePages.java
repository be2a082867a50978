package com.certhall.orders.web;

import com.certhall.orders.domain.AuthorizationLinks;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The legal representative's phone page for signing the authorization letter online (public: he has no account;
 * the link's secret token is the key, and his SMS code the signature).
 */
@Controller
class AuthorizePages {

    private final AuthorizationLinks authorization;
    private final PageErrors errors;

    AuthorizePages(AuthorizationLinks authorization, PageErrors errors) {
        this.authorization = authorization;
        this.errors = errors;
    }

    @GetMapping("/authorize/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) @Nullable String sent, Model model,
            HttpServletResponse response) {
        model.addAttribute("sent", sent != null);
        return page(token, model, response);
    }

    @PostMapping("/authorize/{token}/code")
    String sendCode(@PathVariable String token, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            authorization.sendCode(token, locale, request.getRemoteAddr());
            return "redirect:/authorize/" + token + "?sent";
        } catch (NotFoundException e) {
            return gone(model, response);
        } catch (ProblemException e) {
            errors.show(e, model, locale);
            return page(token, model, response);
        }
    }

    @PostMapping("/authorize/{token}")
    String confirm(@PathVariable String token, @RequestParam(required = false) @Nullable String smsCode, Model model,
            Locale locale, HttpServletResponse response) {
        try {
            authorization.confirm(token, smsCode);
            return "orders/authorize-done";
        } catch (NotFoundException e) {
            return gone(model, response);
        } catch (ProblemException e) {
            errors.show(e, model, locale);
            model.addAttribute("sent", false);
            return page(token, model, response);
        }
    }

    private String page(String token, Model model, HttpServletResponse response) {
        PageErrors.none(model);
        try {
            model.addAttribute("summary", authorization.summary(token));
            model.addAttribute("token", token);
            return "orders/authorize";
        } catch (NotFoundException e) {
            return gone(model, response);
        }
    }

    private static String gone(Model model, HttpServletResponse response) {
        response.setStatus(404);
        return "orders/authorize-gone";
    }
}
