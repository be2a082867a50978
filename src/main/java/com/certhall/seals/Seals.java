package com.certhall.seals;

import com.certhall.seals.domain.SealAdministration;
import com.certhall.seals.domain.SealRows;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seals module's facade (docs/seals.md): which seals an account sees and may use, and a seal's image, SESeal and
 * certificate, for the holder pages, the REST API and the PDF signing side. An account sees the seals of the
 * certificates it holds, and through its mobile the seals of each organisation where it is a member: an
 * administrator all of them, a seal user those granted to him. Only active seals are usable.
 */
@Service
@Transactional(readOnly = true)
public class Seals {

    private final SealRows rows;
    private final SealAdministration administration;
    private final Clock clock;

    Seals(SealRows rows, SealAdministration administration, Clock clock) {
        this.rows = rows;
        this.administration = administration;
        this.clock = clock;
    }

    /** Every seal the account sees, newest first. */
    public List<SealView> visibleTo(UUID account) {
        Instant now = clock.instant();
        Map<UUID, SealView> seen = new LinkedHashMap<>();
        rows.ofAccount(account, now).forEach(s -> seen.put(s.id(), s));
        for (SealMember m : administration.memberships(account)) {
            if (m.administrator()) {
                rows.ofUscc(m.uscc(), now).forEach(s -> seen.putIfAbsent(s.id(), s));
            } else {
                m.sealIds().forEach(id -> rows.find(id, now).ifPresent(s -> seen.putIfAbsent(s.id(), s)));
            }
        }
        return new ArrayList<>(seen.values());
    }

    /** The seals the account may sign with now, with image and certificate serial. */
    public List<UsableSeal> usableBy(UUID account) {
        return visibleTo(account).stream().filter(s -> s.status().usable()).map(this::usable).toList();
    }

    /** One seal the account sees; a seal it does not see is a 404. */
    public SealView get(UUID account, UUID seal) {
        return visibleTo(account).stream().filter(s -> s.id().equals(seal)).findFirst()
                .orElseThrow(() -> new NotFoundException("seal", seal));
    }

    /** The image and certificate of a seal the account may use now; 404 when it may not. */
    public UsableSeal usable(UUID account, UUID seal) {
        SealView view = get(account, seal);
        if (!view.status().usable()) {
            throw new NotFoundException("seal", seal);
        }
        return usable(view);
    }

    /** The DER GB/T 38540 SESeal of a seal the account sees. */
    public byte[] seSeal(UUID account, UUID seal) {
        return rows.seSeal(get(account, seal).id());
    }

    /** The 300 dpi PNG of a seal the account sees. */
    public byte[] image(UUID account, UUID seal) {
        return rows.image(get(account, seal).id());
    }

    private UsableSeal usable(SealView s) {
        return new UsableSeal(s.id(), s.esId(), s.name(), s.kind(), s.certificateSerial(), rows.image(s.id()),
                s.kind().widthMm(), s.kind().heightMm(), s.validTo());
    }
}
