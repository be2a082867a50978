package com.certhall.accounts.domain;

import com.certhall.shared.MobileNumber;
import com.certhall.shared.Uscc;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An applicant account. A person has a chosen login name, an enterprise its USCC as login name. Mobile, login
 * name, e-mail and USCC are each unique. Wrong passwords slow sign-in down ({@link LoginThrottle}); they never
 * lock the account.
 */
@Entity
@Table(name = "accounts_account")
@EntityListeners(ApplicantProfiles.Changes.class)
class Account {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private AccountType type;
    private String loginName;
    private String loginKey;
    private String displayName;
    private @Nullable String uscc;
    private String mobile;
    private @Nullable String email;
    private @Nullable String emailKey;
    private String passwordHash;
    private String language;
    private Instant createdAt;
    @Version
    private long version;

    protected Account() {
    }

    private Account(AccountType type, String loginName, String displayName, @Nullable Uscc uscc,
            MobileNumber mobile, @Nullable String email, String passwordHash, Locale locale, Instant now) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.loginName = loginName;
        this.loginKey = LoginNames.key(loginName);
        this.displayName = displayName;
        this.uscc = uscc == null ? null : uscc.value();
        this.mobile = mobile.value();
        this.email = email;
        this.emailKey = email == null ? null : LoginNames.key(email);
        this.passwordHash = passwordHash;
        this.language = locale.toLanguageTag();
        this.createdAt = now;
    }

    public static Account person(String loginName, String realName, MobileNumber mobile, String email,
            String passwordHash, Locale locale, Instant now) {
        return new Account(AccountType.PERSON, loginName, realName, null, mobile, email, passwordHash, locale, now);
    }

    public static Account enterprise(Uscc uscc, String enterpriseName, MobileNumber mobile, String passwordHash,
            Locale locale, Instant now) {
        return new Account(AccountType.ENTERPRISE, uscc.value(), enterpriseName, uscc, mobile, null, passwordHash,
                locale, now);
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
    }

    public void changeMobile(MobileNumber newMobile) {
        mobile = newMobile.value();
    }

    public UUID id() {
        return id;
    }

    public AccountType type() {
        return type;
    }

    public String loginName() {
        return loginName;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable Uscc uscc() {
        return uscc == null ? null : new Uscc(uscc);
    }

    public MobileNumber mobile() {
        return new MobileNumber(mobile);
    }

    public @Nullable String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
