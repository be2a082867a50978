package com.certhall.seals.pdf;

import com.certhall.seals.SealKind;
import com.certhall.seals.domain.SealImages;
import com.certhall.shared.Caller;
import com.certhall.signing.DocumentSigning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * {@link SealChoices} from the caller's cloud certificates: each signs with an official round seal drawn from the
 * certificate's holder name (the organisation's name), drawn once per name on this node.
 */
@Component
class CloudCertificateSeals implements SealChoices {

    private static final int MAX_CACHED = 256;

    private final DocumentSigning signing;
    private final SealImages images;
    private final Map<String, byte[]> drawn = new ConcurrentHashMap<>();

    CloudCertificateSeals(DocumentSigning signing, SealImages images) {
        this.signing = signing;
        this.images = images;
    }

    @Override
    public List<SealChoice> choices(Caller caller) {
        try {
            return signing.credentials(caller).stream().map(this::choice).toList();
        } catch (DocumentSigning.Refused e) {
            // staff and others who hold no cloud certificate have no seal to choose
            return List.of();
        }
    }

    @Override
    public Optional<SealChoice> choice(Caller caller, String credentialId) {
        try {
            return Optional.of(choice(signing.credential(caller, credentialId)));
        } catch (DocumentSigning.Refused e) {
            return Optional.empty();
        }
    }

    private SealChoice choice(DocumentSigning.Credential credential) {
        String name = credential.subjectName().strip();
        String drawnName = name.length() > 24 ? name.substring(0, 24) : name;
        if (drawn.size() > MAX_CACHED) {
            drawn.clear();
        }
        byte[] image = drawn.computeIfAbsent(drawnName, n -> images.draw(SealKind.OFFICIAL, n, null, null));
        return new SealChoice(credential.id(), name, credential.algorithm(), SealKind.OFFICIAL, image);
    }
}
