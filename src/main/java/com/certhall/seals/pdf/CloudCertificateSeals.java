package com.certhall.seals.pdf;

import com.certhall.seals.SealKind;
import com.certhall.seals.Seals;
import com.certhall.seals.UsableSeal;
import com.certhall.seals.domain.SealImages;
import com.certhall.shared.Caller;
import com.certhall.signing.DocumentSigning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * {@link SealChoices} from the caller's cloud certificates: a certificate that has a seal of its own (an e-seal order's,
 * {@link Seals}) signs with that seal's picture, name and kind; any other with an official round seal drawn from the
 * certificate's holder name (the organisation's name), drawn once per name on this node.
 */
@Component
class CloudCertificateSeals implements SealChoices {

    private static final int MAX_CACHED = 256;

    private final DocumentSigning signing;
    private final SealImages images;
    private final Seals seals;
    private final Map<String, byte[]> drawn = new ConcurrentHashMap<>();

    CloudCertificateSeals(DocumentSigning signing, SealImages images, Seals seals) {
        this.signing = signing;
        this.images = images;
        this.seals = seals;
    }

    @Override
    public List<SealChoice> choices(Caller caller) {
        try {
            Map<String, UsableSeal> own = ownSeals(caller);
            return signing.credentials(caller).stream().map(c -> choice(c, own)).toList();
        } catch (DocumentSigning.Refused e) {
            // staff and others who hold no cloud certificate have no seal to choose
            return List.of();
        }
    }

    @Override
    public Optional<SealChoice> choice(Caller caller, String credentialId) {
        try {
            return Optional.of(choice(signing.credential(caller, credentialId), ownSeals(caller)));
        } catch (DocumentSigning.Refused e) {
            return Optional.empty();
        }
    }

    /** The usable seals of the caller's certificates, by certificate serial (upper case). */
    private Map<String, UsableSeal> ownSeals(Caller caller) {
        if (!caller.isApplicant()) {
            return Map.of();
        }
        Map<String, UsableSeal> bySerial = new java.util.HashMap<>();
        for (UsableSeal seal : seals.usableBy(caller.applicantId())) {
            bySerial.putIfAbsent(seal.certificateSerial().toUpperCase(java.util.Locale.ROOT), seal);
        }
        return bySerial;
    }

    private SealChoice choice(DocumentSigning.Credential credential, Map<String, UsableSeal> own) {
        UsableSeal seal = own.get(credential.id().toUpperCase(java.util.Locale.ROOT));
        if (seal != null) {
            return new SealChoice(credential.id(), seal.name(), credential.algorithm(), seal.kind(), seal.image());
        }
        String name = credential.subjectName().strip();
        String drawnName = name.length() > 24 ? name.substring(0, 24) : name;
        if (drawn.size() > MAX_CACHED) {
            drawn.clear();
        }
        byte[] image = drawn.computeIfAbsent(drawnName, n -> images.draw(SealKind.OFFICIAL, n, null, null));
        return new SealChoice(credential.id(), name, credential.algorithm(), SealKind.OFFICIAL, image);
    }
}
