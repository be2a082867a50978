package com.certhall.verification.provider.sandbox;

import com.certhall.shared.NotFoundException;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.verification.provider.FaceLiveness;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A face liveness service: a session bound to name + ID number, run on the phone page
 * {@code /sandbox/face/{session}} where the tester plays the person (consent, then pass or fail). Compares against
 * the photo register, so a person it does not know always fails ({@code NO_RECORD}). Sessions live 15 minutes;
 * nothing but the verdict is kept.
 */
@Component
@Profile("sandbox")
public class SandboxFaceService implements FaceLiveness {

    private static final Duration LIFETIME = Duration.ofMinutes(15);

    /** A session as the phone page shows it. */
    public record FaceSession(String id, String maskedName, boolean known, Outcome outcome, String code,
            Instant expiresAt) {
    }

    private final SandboxIdentities identities;
    private final SandboxServices services;
    private final Clock clock;
    private final Map<String, FaceSession> sessions = new ConcurrentHashMap<>();

    SandboxFaceService(SandboxIdentities identities, SandboxServices services, Clock clock) {
        this.identities = identities;
        this.services = services;
        this.clock = clock;
    }

    @Override
    public Session start(String name, ResidentIdNumber idNumber) {
        services.call(SandboxServices.Service.FACE);
        String id = UUID.randomUUID().toString().replace("-", "");
        String masked = name.isEmpty() ? "" : "*".repeat(name.length() - 1) + name.substring(name.length() - 1);
        sessions.put(id, new FaceSession(id, masked, identities.personKnown(name, idNumber.value()), Outcome.PENDING,
                "", clock.instant().plus(LIFETIME)));
        return new Session(id, "/sandbox/face/" + id);
    }

    @Override
    public Result result(String sessionId) {
        services.call(SandboxServices.Service.FACE);
        FaceSession s = sessions.get(sessionId);
        if (s == null) {
            return new Result(Outcome.FAILED, "UNKNOWN_SESSION");
        }
        if (s.outcome() == Outcome.PENDING && !s.expiresAt().isAfter(clock.instant())) {
            return new Result(Outcome.FAILED, "SESSION_EXPIRED");
        }
        return new Result(s.outcome(), s.code());
    }

    public FaceSession session(String sessionId) {
        FaceSession s = sessions.get(sessionId);
        if (s == null) {
            throw new NotFoundException("faceSession", sessionId);
        }
        return s;
    }

    /** The person completed the check on the phone; a person the register does not know fails anyway. */
    public FaceSession pass(String sessionId) {
        FaceSession s = session(sessionId);
        return finish(s, s.known() ? Outcome.PASSED : Outcome.FAILED, s.known() ? "" : "NO_RECORD");
    }

    /** The liveness check failed (a photo held up, nobody in front of the camera...). */
    public FaceSession fail(String sessionId) {
        return finish(session(sessionId), Outcome.FAILED, "NOT_LIVE");
    }

    private FaceSession finish(FaceSession s, Outcome outcome, String code) {
        if (s.outcome() != Outcome.PENDING) {
            return s;
        }
        if (!s.expiresAt().isAfter(clock.instant())) {
            outcome = Outcome.FAILED;
            code = "SESSION_EXPIRED";
        }
        FaceSession done = new FaceSession(s.id(), s.maskedName(), s.known(), outcome, code, s.expiresAt());
        sessions.put(s.id(), done);
        return done;
    }
}
