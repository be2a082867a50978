package com.certhall.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the hall offers and where to start. */
@Controller
class HomePages {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
