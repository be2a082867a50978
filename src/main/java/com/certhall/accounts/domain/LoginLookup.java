package com.certhall.accounts.domain;

import com.certhall.shared.MobileNumber;
import com.certhall.shared.Uscc;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Finds the credential behind what was typed as login: staff username, mobile, e-mail, USCC or login name. */
@Component
class LoginLookup {

    private final Accounts accounts;
    private final StaffUsers staff;
    private final String dummyHash;

    LoginLookup(Accounts accounts, StaffUsers staff, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.staff = staff;
        // compared against when the login is unknown, so an unknown login costs as much time as a known one
        this.dummyHash = encoder.encode("no such account 0");
    }

    Optional<StaffUser> staff(String login) {
        return staff.findByUsername(LoginNames.key(login));
    }

    Optional<Account> applicant(String login) {
        String typed = login.strip();
        if (MobileNumber.isValid(typed)) {
            return byMobile(MobileNumber.parse("login", typed));
        }
        if (typed.contains("@")) {
            return accounts.findByEmailKey(LoginNames.key(typed));
        }
        if (Uscc.isValid(typed)) {
            return accounts.findByUscc(Uscc.parse("login", typed).value());
        }
        return accounts.findByLoginKey(LoginNames.key(typed));
    }

    Optional<Account> byMobile(MobileNumber mobile) {
        return accounts.findByMobile(mobile.value());
    }

    String dummyHash() {
        return dummyHash;
    }
}
