package com.certhall.review.checks;

import com.certhall.catalog.MaterialKind;
import com.certhall.review.ReviewReason;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The auto-approval rule's material part. The catalog has no "auto-approve" flag per channel, so CertHall decides
 * by what was uploaded: scans of the business licence and ID cards only repeat facts a passed identity check has
 * already proven against the registries, but a signed or stamped paper (application form, authorization letter,
 * seal specimen, signature page, anything "other") can only be judged by a person — its seal and signature are
 * what the CA vouches for. An order holding any of them goes to the manual queue.
 */
public final class NoPaperNeedsEyes implements ReviewCheck {

    static final Set<MaterialKind> NEEDS_EYES = EnumSet.of(MaterialKind.APPLICATION_FORM,
            MaterialKind.AUTHORIZATION_LETTER, MaterialKind.SEAL_SPECIMEN, MaterialKind.SIGNATURE_PAGE,
            MaterialKind.OTHER);

    @Override
    public List<ReviewReason> check(ReviewFacts facts) {
        List<String> kinds = facts.materials().stream().filter(NEEDS_EYES::contains).sorted().map(Enum::name)
                .toList();
        return kinds.isEmpty() ? List.of() : List.of(new ReviewReason("paperNeedsEyes",
                List.of(String.join("/", kinds))));
    }
}
