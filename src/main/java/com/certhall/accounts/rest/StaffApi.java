package com.certhall.accounts.rest;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.accounts.StaffSummary;
import com.certhall.accounts.domain.StaffDirectory;
import com.certhall.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/staff}: the administrator lists staff users, creates them and changes their roles. */
@RestController
@RequestMapping("/api/v1/admin/staff")
@PreAuthorize("hasRole('ADMIN')")
class StaffApi {

    private final StaffDirectory directory;

    StaffApi(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "All staff users with their roles (ADMIN)")
    List<StaffSummary> list() {
        return directory.list();
    }

    @PostMapping
    @Operation(summary = "Creates a staff user with roles and an initial password (ADMIN)")
    @ResponseStatus(HttpStatus.CREATED)
    StaffSummary create(@RequestBody NewStaff body, @AuthenticationPrincipal AuthenticatedUser admin) {
        return directory.create(body.username(), body.displayName(), body.roles() == null ? Set.of() : body.roles(),
                body.password(), admin.auditActor());
    }

    @PutMapping("/{username}/roles")
    @Operation(summary = "Replaces a staff user's roles (ADMIN)")
    StaffSummary roles(@PathVariable String username, @RequestBody RoleChange body,
            @AuthenticationPrincipal AuthenticatedUser admin) {
        if (body.roles() == null) {
            // an absent list is a mistake, not a request to take every role away
            throw InvalidInputException.of("roles", "required", "validation.required", "roles");
        }
        return directory.changeRoles(username, body.roles(), admin.auditActor());
    }

    record NewStaff(String username, String displayName, Set<StaffRole> roles, String password) {
    }

    record RoleChange(Set<StaffRole> roles) {
    }
}
