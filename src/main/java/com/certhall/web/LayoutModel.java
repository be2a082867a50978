package com.certhall.web;

import com.certhall.shared.SiteProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the site facts (name, hotline) into every page's model for the layout header and footer. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final SiteProperties site;

    LayoutModel(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }
}
