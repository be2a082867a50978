package com.certhall.accounts.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.accounts.domain.StaffDirectory;
import com.certhall.web.PageErrors;
import com.certhall.shared.ProblemException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/staff}: staff users with their roles, a role editor per user and a form for a new user. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StaffManagementPages {

    private final StaffDirectory directory;
    private final AccountForms forms;

    StaffManagementPages(StaffDirectory directory, AccountForms forms) {
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/admin/staff")
    String page(Model model) {
        return render(model, new NewStaffForm(null, null, null, List.of()));
    }

    @PostMapping("/admin/staff")
    String create(@ModelAttribute("form") NewStaffForm form, @AuthenticationPrincipal AuthenticatedUser admin,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            directory.create(form.username(), form.displayName(), roles(form.roles()), form.password(),
                    admin.auditActor());
            redirect.addFlashAttribute("notice", "accounts.staff.created");
            return "redirect:/admin/staff";
        } catch (ProblemException e) {
            forms.refused(e, model, locale);
            return render(model, new NewStaffForm(form.username(), form.displayName(), null, form.roles()));
        }
    }

    @PostMapping("/admin/staff/{username}/roles")
    String roles(@PathVariable String username, @RequestParam(required = false) List<StaffRole> roles,
            @AuthenticationPrincipal AuthenticatedUser admin, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            directory.changeRoles(username, roles(roles), admin.auditActor());
            redirect.addFlashAttribute("notice", "accounts.staff.rolesChanged");
            return "redirect:/admin/staff";
        } catch (ProblemException e) {
            forms.refused(e, model, locale);
            return render(model, new NewStaffForm(null, null, null, List.of()));
        }
    }

    private String render(Model model, NewStaffForm form) {
        PageErrors.none(model);
        model.addAttribute("staff", directory.list());
        model.addAttribute("allRoles", StaffRole.values());
        model.addAttribute("form", form);
        return "accounts/staff-management";
    }

    private static Set<StaffRole> roles(List<StaffRole> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    record NewStaffForm(String username, String displayName, String password, List<StaffRole> roles) {
    }
}
