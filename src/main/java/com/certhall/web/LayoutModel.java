package com.certhall.web;

import com.certhall.shared.SiteProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the site facts (name, hotline) and whether the sandbox runs into every page's model for the layout. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final SiteProperties site;
    private final boolean sandbox;

    LayoutModel(SiteProperties site, Environment environment) {
        this.site = site;
        this.sandbox = environment.acceptsProfiles(Profiles.of("sandbox"));
    }

    /** The footer links the sandbox index where the simulated parties are (docs/architecture.md, "Sandbox"). */
    @ModelAttribute("sandbox")
    boolean sandbox() {
        return sandbox;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }
}
