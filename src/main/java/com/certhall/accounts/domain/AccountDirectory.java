package com.certhall.accounts.domain;

import com.certhall.accounts.AccountManagement;
import com.certhall.accounts.ApplicantProfile;
import com.certhall.accounts.AuthenticatedUser;
import com.certhall.shared.MobileNumber;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to accounts for other modules and for the profile page and {@code GET /api/v1/me}. */
@Service
public class AccountDirectory implements AccountManagement {

    private final Accounts accounts;
    private final StaffUsers staff;
    private final LoginLookup logins;
    private final Credentials credentials;
    private final ApplicantProfiles profiles;

    AccountDirectory(Accounts accounts, StaffUsers staff, LoginLookup logins, Credentials credentials,
            ApplicantProfiles profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.staff = staff;
        this.logins = logins;
        this.credentials = credentials;
    }

    /** Kept per node ({@link ApplicantProfiles}): no transaction of its own, no query when kept. */
    @Override
    public Optional<ApplicantProfile> findApplicant(UUID accountId) {
        return Optional.ofNullable(profiles.get(accountId, () -> accounts.findById(accountId)
                .map(a -> new ApplicantProfile(a.id(), a.type().name(), a.loginName(), a.displayName(), a.mobile(),
                        a.email(), a.uscc(), a.locale(), a.createdAt()))
                .orElse(null)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApplicantProfile> findApplicantByMobile(String mobile) {
        return accounts.findByMobile(mobile).flatMap(a -> findApplicant(a.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApplicantProfile> findApplicantByLogin(String login) {
        return login.isBlank() ? Optional.empty() : logins.applicant(login).flatMap(a -> findApplicant(a.id()));
    }

    @Override
    public void replaceLostMobile(UUID accountId, MobileNumber newMobile, Locale locale) {
        credentials.replaceLostMobile(accountId, newMobile, locale);
    }

    /** The staff member's display name, for the staff landing page. */
    @Transactional(readOnly = true)
    public Optional<String> staffDisplayName(AuthenticatedUser user) {
        return staff.findById(user.id()).map(StaffUser::displayName);
    }

    /** Whether the mobile belongs to an account (registration and reset pages ask before sending a code). */
    @Transactional(readOnly = true)
    public boolean isRegistered(String mobile) {
        return accounts.existsByMobile(mobile);
    }
}
