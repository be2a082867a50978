package com.certhall.accounts.domain;

import com.certhall.shared.ProblemException;

/** 401: the login, password or SMS code did not match; never says which, so accounts cannot be probed. */
public class LoginRefusedException extends ProblemException {

    public LoginRefusedException(String messageKey) {
        super(401, messageKey, "Login refused");
    }
}
