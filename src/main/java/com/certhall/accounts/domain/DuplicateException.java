package com.certhall.accounts.domain;

import com.certhall.shared.FieldViolation;
import com.certhall.shared.ProblemException;
import java.util.List;
import java.util.stream.Collectors;

/** 409: a login name, mobile, e-mail or USCC already belongs to an account; names every taken field. */
public class DuplicateException extends ProblemException {

    private final List<FieldViolation> violations;

    public DuplicateException(List<FieldViolation> violations) {
        super(409, "accounts.error.duplicate", "Already registered: "
                + violations.stream().map(FieldViolation::field).collect(Collectors.joining(", ")));
        this.violations = List.copyOf(violations);
    }

    static FieldViolation taken(String field) {
        return FieldViolation.of(field, "taken", "accounts.validation.taken", field);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
