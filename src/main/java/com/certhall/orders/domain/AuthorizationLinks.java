package com.certhall.orders.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.accounts.SmsSendLimits;
import com.certhall.catalog.CatalogManagement;
import com.certhall.orders.OrderEvents.AuthorizationRequested;
import com.certhall.orders.OrderId;
import com.certhall.orders.Subject;
import com.certhall.shared.DataProtection;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.SiteProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online signing of the authorization letter when the handler is not the legal representative: the
 * handler asks for it, the legal representative gets an SMS with a link to a phone page ({@code /authorize/<token>},
 * valid 24 hours, only its keyed hash stored), reads the order summary there and confirms with an SMS code sent to
 * his own mobile. The result (who, when) is recorded on the order and audited ({@link AuthorizationSigned}).
 */
@Service
public class AuthorizationLinks {

    static final Duration LINK_VALIDITY = Duration.ofHours(24);
    private final SecureRandom random = new SecureRandom();
    private final Orders orders;
    private final CatalogManagement catalog;
    private final SmsChallengeService sms;
    private final SmsSendLimits smsLimits;
    private final DataProtection protection;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    AuthorizationLinks(Orders orders, CatalogManagement catalog, SmsChallengeService sms, SmsSendLimits smsLimits,
            DataProtection protection, ApplicationEventPublisher events, Clock clock,
            SiteProperties site) {
        this.orders = orders;
        this.catalog = catalog;
        this.sms = sms;
        this.smsLimits = smsLimits;
        this.protection = protection;
        this.events = events;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
    }

    /** What the legal representative sees on his phone: masked, nothing he could not read on the letter itself. */
    public record Summary(String number, String channelName, String organizationName, String legalRepName,
            String maskedLegalRepMobile, String handlerName, String maskedHandlerId, List<String> certificates,
            boolean signed, Instant expiresAt) {
    }

    /** Sends the legal representative the SMS link; a new request replaces an earlier link. */
    @Transactional
    public Instant requestLink(OrderId id, UUID accountId, Locale locale, String actor) {
        Order a = orders.owned(id, accountId);
        Subject.Organization org = organizationNeedingLetter(a);
        // the link goes by SMS: the accounts module's one policy for every SMS sent on request (docs/security.md)
        smsLimits.admit(new MobileNumber(org.legalRep().mobile()), "AUTHORIZATION_LINK", accountId, null);
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(LINK_VALIDITY);
        a.requestOnlineAuthorization(protection.keyedHash(token), protection.encrypt(token), expires, now);
        orders.save(a);
        events.publishEvent(new AuthorizationRequested(a.id(), a.number(), org.name(), org.legalRep().name(),
                org.legalRep().mobile(), org.handler().name(), expires, locale, actor));
        return expires;
    }

    /**
     * The link of {@link AuthorizationRequested} for its SMS, read after commit (the event carries no token): empty
     * once the link was replaced, used or expired.
     */
    @Transactional(readOnly = true)
    public Optional<String> link(OrderId id, Instant expiresAt) {
        return orders.findById(id.id())
                .map(a -> a.sealedAuthorizationToken(expiresAt, clock.instant()))
                .map(sealed -> baseUrl + "/authorize/" + protection.decrypt(sealed));
    }

    @Transactional(readOnly = true)
    public Summary summary(String token) {
        Order a = byToken(token);
        Subject.Organization org = (Subject.Organization) a.draft().subject();
        return new Summary(a.number(), catalog.findChannel(a.channel()).map(c -> c.name()).orElse(a.channel()),
                org.name(), org.legalRep().name(), org.legalRep().maskedMobile(), org.handler().name(),
                org.handler().maskedIdNumber(), a.draft().lines().stream()
                        .map(l -> l.productName() + " × " + l.quantity()).toList(),
                a.authorizationSignedAt() != null, a.authorizationLinkExpiresAt());
    }

    /** Sends the SIGN code to the legal representative's own mobile. */
    @Transactional
    public SmsChallengeTicket sendCode(String token, Locale locale, @Nullable String clientIp) {
        Order a = byToken(token);
        Subject.Organization org = (Subject.Organization) a.draft().subject();
        return sms.issue(new MobileNumber(org.legalRep().mobile()), SmsPurpose.SIGN, locale, clientIp);
    }

    /** The legal representative confirms with the code; recorded on the order and audited. */
    @Transactional
    public void confirm(String token, @Nullable String smsCode) {
        Order a = byToken(token);
        Subject.Organization org = (Subject.Organization) a.draft().subject();
        sms.verify(new MobileNumber(org.legalRep().mobile()), SmsPurpose.SIGN, smsCode == null ? "" : smsCode);
        a.authorizeOnline(org.legalRep().name() + " " + org.legalRep().maskedIdNumber(), clock.instant());
        orders.save(a);
    }

    private Order byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            throw new NotFoundException("authorization", "link");
        }
        return orders.findByAuthorizationToken(protection.keyedHash(token))
                .filter(a -> a.authorizationLinkValid(clock.instant()))
                .filter(a -> a.draft().subject() instanceof Subject.Organization)
                .orElseThrow(() -> new NotFoundException("authorization", "link"));
    }

    private static Subject.Organization organizationNeedingLetter(Order a) {
        if (!a.status().isEditable()) {
            throw new IllegalTransition("request authorization", a.status(), a.status());
        }
        if (!(a.draft().subject() instanceof Subject.Organization org)) {
            throw new StepMissingException("organization");
        }
        if (org.handlerIsLegalRep()) {
            throw new com.certhall.shared.ConflictException("orders.authorization.notNeeded",
                    "the legal representative handles the order himself");
        }
        return org;
    }
}
