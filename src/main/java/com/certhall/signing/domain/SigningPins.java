package com.certhall.signing.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.HeldStatus;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
import com.certhall.pki.CloudKeys;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signing PIN as its holder handles it (docs/signing.md, "Activation and PIN reset"): a new cloud credential signs
 * nothing until the holder passes an SMS code to the mobile verified with the order and sets the PIN; a forgotten
 * or locked PIN is replaced after an SMS code and the handler's identity number. Nobody ever sends the PIN.
 */
@Service
@Transactional
public class SigningPins {

    private final CertificateManagement certificates;
    private final OrderManagement orders;
    private final CloudKeys keys;
    private final SmsChallengeService sms;
    private final AuditTrail audit;
    private final PinActivations activations;

    SigningPins(CertificateManagement certificates, OrderManagement orders, CloudKeys keys, SmsChallengeService sms,
            AuditTrail audit, PinActivations activations) {
        this.certificates = certificates;
        this.orders = orders;
        this.keys = keys;
        this.sms = sms;
        this.audit = audit;
        this.activations = activations;
    }

    /** What the activation page shows of one cloud credential. */
    public record State(String serialHex, String subjectName, HeldStatus status, boolean activated, boolean locked,
            int retriesLeft, String maskedMobile, @Nullable Instant activatedAt, int resets) {
    }

    /** An SMS code went to the verified mobile. */
    public record CodeSent(String maskedMobile, Instant expiresAt, Instant resendAfter) {
    }

    @Transactional(readOnly = true)
    public State state(UUID account, String serial) {
        HeldCertificateView held = owned(account, serial);
        CloudKeys.CloudKeyStatus key = keys.status(held.serialHex())
                .orElseThrow(() -> new NotFoundException("credential", serial));
        Optional<PinActivations.Activation> activation = activations.of(held.serialHex());
        return new State(held.serialHex(), held.subjectName(), held.status(), activation.isPresent(), key.locked(),
                key.retriesLeft(), handler(held).maskedMobile(),
                activation.map(PinActivations.Activation::activatedAt).orElse(null),
                activation.map(PinActivations.Activation::resets).orElse(0));
    }

    /** An SMS code for activation (before the first PIN) or for a reset (after). */
    public CodeSent sendCode(UUID account, String serial, Locale locale) {
        HeldCertificateView held = owned(account, serial);
        usable(held);
        boolean activated = activations.of(held.serialHex()).isPresent();
        MobileNumber mobile = new MobileNumber(handler(held).mobile());
        SmsChallengeTicket ticket = sms.issue(mobile, activated ? SmsPurpose.UNLOCK : SmsPurpose.VERIFY, locale,
                null);
        return new CodeSent(mobile.masked(), ticket.expiresAt(), ticket.resendAfter());
    }

    /** The first PIN, after an SMS code to the verified mobile. */
    public void activate(UUID account, String serial, @Nullable String smsCode, @Nullable String pin,
            @Nullable String pinAgain) {
        HeldCertificateView held = owned(account, serial);
        Subject.Party handler = pinChange(held, serial, true);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        required(errors, "smsCode", smsCode);
        PinRules.check(errors, pin, pinAgain, handler.mobile(), handler.idNumber());
        errors.throwIfAny();
        sms.verify(new MobileNumber(handler.mobile()), SmsPurpose.VERIFY, smsCode.strip());
        keys.setPin(held.serialHex(), pin);
        activations.activated(held.serialHex(), "applicant:" + account);
        audit.record(AuditRecord.of("signing.pin.activated", "applicant:" + account, held.serialHex()));
    }

    /**
     * A new PIN for a forgotten or locked one, after a new identity check: an SMS code to the verified mobile and the
     * handler's identity number as the order recorded it. Lifts the lock.
     */
    public void reset(UUID account, String serial, @Nullable String smsCode, @Nullable String idNumber,
            @Nullable String pin, @Nullable String pinAgain) {
        HeldCertificateView held = owned(account, serial);
        Subject.Party handler = pinChange(held, serial, false);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        required(errors, "smsCode", smsCode);
        if (idNumber == null || idNumber.isBlank()) {
            errors.add(FieldViolation.of("idNumber", "required", "validation.required", "idNumber"));
        } else if (!idNumber.strip().equalsIgnoreCase(handler.idNumber())) {
            errors.add(FieldViolation.of("idNumber", "mismatch", "validation.signing.idNumber", "idNumber"));
        }
        PinRules.check(errors, pin, pinAgain, handler.mobile(), handler.idNumber());
        errors.throwIfAny();
        sms.verify(new MobileNumber(handler.mobile()), SmsPurpose.UNLOCK, smsCode.strip());
        keys.setPin(held.serialHex(), pin);
        activations.reset(held.serialHex());
        audit.record(AuditRecord.of("signing.pin.reset", "applicant:" + account, held.serialHex()));
    }

    /** Refuses a credential whose holder has not set the signing PIN yet. */
    @Transactional(readOnly = true)
    public void requireActivated(String serialHex) {
        if (activations.of(serialHex).isEmpty()) {
            throw CscException.invalidRequest("The credential is not activated: its holder has not set the "
                    + "signing PIN yet");
        }
    }

    /** Whether the holder has set the credential's signing PIN. */
    @Transactional(readOnly = true)
    public boolean activated(String serialHex) {
        return activations.of(serialHex).isPresent();
    }

    /**
     * The handler whose mobile and identity number a PIN change is checked against, for a valid credential: not yet
     * activated for the first PIN ({@code activation}), activated for a reset.
     */
    private Subject.Party pinChange(HeldCertificateView held, String serial, boolean activation) {
        usable(held);
        boolean active = activations.of(held.serialHex()).isPresent();
        if (activation && active) {
            throw new ConflictException("signing.pin.alreadyActive", "credential " + serial + " is activated");
        }
        if (!activation && !active) {
            throw new ConflictException("signing.pin.notActive", "credential " + serial + " is not activated");
        }
        return handler(held);
    }

    private HeldCertificateView owned(UUID account, String serial) {
        if (serial == null || !serial.matches("[0-9a-fA-F]{1,64}")) {
            throw new NotFoundException("credential", String.valueOf(serial));
        }
        HeldCertificateView held = certificates.owned(serial, account);
        if (!held.keyInCloud()) {
            throw new NotFoundException("credential", serial);
        }
        return held;
    }

    private static void usable(HeldCertificateView held) {
        if (held.status() != HeldStatus.VALID) {
            throw new ConflictException("signing.pin.notValid", "certificate " + held.serialHex() + " is "
                    + held.status());
        }
    }

    private Subject.Party handler(HeldCertificateView held) {
        Subject subject = orders.details(new OrderId(held.applicationId())).draft().subject();
        if (subject == null) {
            throw new ConflictException("signing.pin.noMobile", "no verified mobile for " + held.serialHex());
        }
        return subject.handler();
    }

    private static void required(InvalidInputException.Collector errors, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldViolation.of(field, "required", "validation.required", field));
        }
    }
}
