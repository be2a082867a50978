package com.certhall.seals.pdf;

import com.certhall.seals.SealKind;
import com.certhall.seals.Seals;
import com.certhall.seals.UsableSeal;
import com.certhall.seals.domain.SealImages;
import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import com.certhall.signing.DocumentSigning;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * {@link SealChoices} from the caller's seal records ({@link Seals#usableBy}: held, administered or granted, each
 * signing with its certificate's cloud key, docs/seals.md "Who signs with a seal") and the caller's own cloud
 * certificates without a seal record, which sign with an official round seal drawn from the certificate's holder name,
 * drawn once per name on this node.
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
        List<SealChoice> choices = new ArrayList<>();
        Set<String> sealed = new HashSet<>();
        for (UsableSeal seal : usableSeals(caller)) {
            sealed.add(seal.certificateSerial().toUpperCase(Locale.ROOT));
            record(caller, seal).ifPresent(choices::add);
        }
        try {
            signing.credentials(caller).stream()
                    .filter(c -> !sealed.contains(c.id().toUpperCase(Locale.ROOT)))
                    .forEach(c -> choices.add(drawn(c)));
        } catch (DocumentSigning.Refused e) {
            // staff and others who hold no cloud certificate have no seal of their own to choose
        }
        return choices;
    }

    @Override
    public Optional<SealChoice> choice(Caller caller, String key) {
        UUID sealId = sealId(key);
        if (sealId != null) {
            try {
                return caller.isApplicant() ? record(caller, seals.usable(caller.applicantId(), sealId))
                        : Optional.empty();
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        }
        // a credential's serial (CSC signDoc names the credential): its first seal record, else the drawn seal
        Optional<UsableSeal> own = usableSeals(caller).stream()
                .filter(s -> s.certificateSerial().equalsIgnoreCase(key)).findFirst();
        if (own.isPresent()) {
            return record(caller, own.get());
        }
        try {
            return Optional.of(drawn(signing.credential(caller, key)));
        } catch (DocumentSigning.Refused e) {
            return Optional.empty();
        }
    }

    private List<UsableSeal> usableSeals(Caller caller) {
        return caller.isApplicant() ? seals.usableBy(caller.applicantId()) : List.of();
    }

    private Optional<SealChoice> record(Caller caller, UsableSeal seal) {
        try {
            DocumentSigning.Credential credential = signing.credential(caller, seal.certificateSerial());
            return Optional.of(new SealChoice(seal.sealId().toString(), credential.id(), seal.name(),
                    credential.algorithm(), seal.kind(), seal.image(), seal.sealId()));
        } catch (DocumentSigning.Refused e) {
            // the certificate's key is not in the cloud or not usable by this caller: not a seal to sign with
            return Optional.empty();
        }
    }

    private SealChoice drawn(DocumentSigning.Credential credential) {
        String name = credential.subjectName().strip();
        String drawnName = name.length() > 24 ? name.substring(0, 24) : name;
        if (drawn.size() > MAX_CACHED) {
            drawn.clear();
        }
        byte[] image = drawn.computeIfAbsent(drawnName, n -> images.draw(SealKind.OFFICIAL, n, null, null));
        return new SealChoice(credential.id(), credential.id(), name, credential.algorithm(), SealKind.OFFICIAL, image,
                null);
    }

    private static @org.jspecify.annotations.Nullable UUID sealId(String key) {
        try {
            return key.length() == 36 ? UUID.fromString(key) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
