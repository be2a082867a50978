package com.certhall.catalog.provider.sandbox;

import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sandbox partner registry's page: who is registered, add one, switch the registry down or up. */
@Controller
@Profile("sandbox")
class SandboxRegistryPages {

    private final SandboxRegistrations registrations;
    private final SandboxRegistry registry;
    private final SandboxRegistrationDesk desk;
    private final PageErrors formErrors;

    SandboxRegistryPages(SandboxRegistrations registrations, SandboxRegistry registry,
            SandboxRegistrationDesk desk, PageErrors formErrors) {
        this.registrations = registrations;
        this.registry = registry;
        this.desk = desk;
        this.formErrors = formErrors;
    }

    /** Form and JSON body of a new registration. */
    public static class RegistrationForm {
        private String registry = "";
        private String uscc = "";
        private String organizationName = "";

        public String getRegistry() {
            return registry;
        }

        public void setRegistry(String registry) {
            this.registry = registry;
        }

        public String getUscc() {
            return uscc;
        }

        public void setUscc(String uscc) {
            this.uscc = uscc;
        }

        public String getOrganizationName() {
            return organizationName;
        }

        public void setOrganizationName(String organizationName) {
            this.organizationName = organizationName;
        }
    }

    @GetMapping("/sandbox/registrations")
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RegistrationForm());
        }
        model.addAttribute("registrations", registrations.all());
        model.addAttribute("registries", desk.knownRegistries());
        model.addAttribute("available", registry.available());
        return "catalog/sandbox/registrations";
    }

    @PostMapping("/sandbox/registrations")
    String add(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model, Locale locale) {
        try {
            desk.register(form);
        } catch (InvalidInputException e) {
            formErrors.bind(e, result, "registration", locale);
            return page(model);
        } catch (ConflictException e) {
            formErrors.bind(InvalidInputException.of("uscc", "exists", "catalog.sandbox.registration.exists", "uscc"),
                    result, "registration", locale);
            return page(model);
        }
        return "redirect:/sandbox/registrations?added";
    }

    @PostMapping("/sandbox/registrations/availability")
    String availability(@RequestParam boolean available) {
        registry.setAvailable(available);
        return "redirect:/sandbox/registrations";
    }
}
