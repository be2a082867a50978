package com.certhall.accounts.domain;

import com.certhall.accounts.StaffRole;
import com.certhall.accounts.StaffSummary;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.FreeText;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's view of staff users: list them, create one, change roles. Every change is a security event
 * and goes into the audit log with the old and new roles.
 */
@Service
public class StaffDirectory {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

    private final StaffUsers staff;
    private final Accounts applicants;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    StaffDirectory(StaffUsers staff, Accounts applicants, PasswordEncoder encoder, LoginThrottle throttle,
            AuditTrail audit, Clock clock) {
        this.staff = staff;
        this.applicants = applicants;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffSummary> list() {
        return staff.findAll().stream().sorted(Comparator.comparing(StaffUser::username)).map(this::summary).toList();
    }

    @Transactional
    public StaffSummary create(String rawUsername, String rawDisplayName, Set<StaffRole> roles, String password,
            String actor) {
        String username = InputHygiene.compact(rawUsername).toLowerCase(java.util.Locale.ROOT);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String displayName = errors.check(() -> FreeText.required("displayName", rawDisplayName, 100));
        if (!USERNAME.matcher(username).matches()) {
            errors.add(FieldViolation.of("username", "format", "accounts.staff.username.format", "username"));
        }
        if (roles.isEmpty()) {
            errors.add(FieldViolation.of("roles", "required", "accounts.staff.roles.required", "roles"));
        }
        errors.check(() -> {
            PasswordPolicy.check("password", password, username);
            return null;
        });
        errors.throwIfAny();
        if (staff.existsByUsername(LoginNames.key(username)) || applicants.existsByLoginKey(LoginNames.key(username))) {
            throw new ConflictException("accounts.staff.username.taken", "username taken: " + username, username);
        }
        StaffUser user = staff.save(new StaffUser(username, displayName, EnumSet.copyOf(roles),
                encoder.encode(password), clock.instant()));
        audit.record(AuditRecord.of("accounts.staff.created", actor, "staff:" + username).with("roles", sorted(roles)));
        return summary(user);
    }

    @Transactional
    public StaffSummary changeRoles(String username, Set<StaffRole> roles, String actor) {
        if (roles.isEmpty()) {
            throw InvalidInputException.of("roles", "required", "accounts.staff.roles.required", "roles");
        }
        StaffUser user = staff.findByUsername(LoginNames.key(username))
                .orElseThrow(() -> new NotFoundException("staff user", username));
        Set<StaffRole> before = user.roles();
        if (before.contains(StaffRole.ADMIN) && !roles.contains(StaffRole.ADMIN) && actor.equals("staff:" + username)) {
            throw new ConflictException("accounts.staff.roles.selfDemotion", "an administrator cannot drop his own ADMIN role");
        }
        user.changeRoles(EnumSet.copyOf(roles));
        audit.record(AuditRecord.of("accounts.staff.rolesChanged", actor, "staff:" + user.username())
                .with("before", sorted(before)).with("after", sorted(roles)));
        return summary(user);
    }

    private StaffSummary summary(StaffUser user) {
        return new StaffSummary(user.username(), user.displayName(), user.roles(),
                !throttle.waitFor(LoginThrottle.staff(user.id())).isZero(), user.createdAt());
    }

    private static String sorted(Set<StaffRole> roles) {
        return roles.stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElse("");
    }
}
