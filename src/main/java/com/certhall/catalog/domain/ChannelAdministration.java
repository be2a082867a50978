package com.certhall.catalog.domain;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.catalog.ProductSpec;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What channel admins do: create and edit channels and their products. Every change is checked first (nothing is
 * stored on a bad field) and audited in the same transaction, naming the admin and what changed.
 */
@Service
public class ChannelAdministration {

    private final ChannelRepository channels;
    private final AuditTrail audit;

    public ChannelAdministration(ChannelRepository channels, AuditTrail audit) {
        this.channels = channels;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<StoredChannel> all() {
        return channels.findAll();
    }

    @Transactional(readOnly = true)
    public StoredChannel get(String code) {
        return channels.find(code).orElseThrow(() -> new NotFoundException("channel", code));
    }

    @Transactional
    public ChannelSettings create(ChannelDraft draft, String actor) {
        ChannelSettings settings = ChannelValidation.toSettings(draft);
        if (channels.exists(settings.code())) {
            throw InvalidInputException.of("code", "taken", "catalog.validation.codeTaken", "code");
        }
        channels.insert(settings);
        audit.record(AuditRecord.of("catalog.channel.created", actor, settings.code())
                .with("name", settings.name()).with("flow", settings.flow()));
        return settings;
    }

    @Transactional
    public ChannelSettings update(String code, long version, ChannelDraft draft, String actor) {
        StoredChannel current = get(code);
        ChannelSettings settings = ChannelValidation.toSettings(draft);
        if (!settings.code().equals(code)) {
            throw InvalidInputException.of("code", "immutable", "catalog.validation.codeImmutable", "code");
        }
        List<String> changed = ChannelChanges.between(current.settings(), settings);
        channels.update(settings, version);
        audit.record(AuditRecord.of("catalog.channel.updated", actor, code)
                .with("changed", String.join(",", changed)));
        return settings;
    }

    @Transactional
    public ProductSpec saveProduct(String channelCode, long version, ProductDraft draft, boolean creating,
            String actor) {
        StoredChannel channel = get(channelCode);
        ProductSpec product = draft.toSpec();
        boolean exists = channel.product(product.code()).isPresent();
        if (creating && exists) {
            throw InvalidInputException.of("code", "taken", "catalog.validation.codeTaken", "code");
        }
        if (!creating && !exists) {
            throw new NotFoundException("product", product.code());
        }
        channels.saveProduct(channelCode, product, version);
        audit.record(AuditRecord.of(creating ? "catalog.product.created" : "catalog.product.updated", actor,
                        channelCode + "/" + product.code())
                .with("pricePerYearFen", product.pricePerYear().fen()).with("ukeyPriceFen", product.ukeyPrice().fen())
                .with("years", product.years()).with("maxQuantity", product.maxQuantity())
                .with("taxCode", product.taxCode() == null ? "" : product.taxCode()));
        return product;
    }

    @Transactional
    public void deleteProduct(String channelCode, String productCode, long version, String actor) {
        if (get(channelCode).product(productCode).isEmpty()) {
            throw new NotFoundException("product", productCode);
        }
        channels.deleteProduct(channelCode, productCode, version);
        audit.record(AuditRecord.of("catalog.product.deleted", actor, channelCode + "/" + productCode));
    }

    /** Stores a ready-made channel unless one with its code exists (sandbox demo data); true when stored. */
    @Transactional
    public boolean seedIfAbsent(ChannelSettings settings, List<ProductSpec> products) {
        if (channels.exists(settings.code())) {
            return false;
        }
        channels.insert(settings);
        long version = 0;
        for (ProductSpec product : products) {
            channels.saveProduct(settings.code(), product, version++);
        }
        audit.record(AuditRecord.of("catalog.channel.seeded", "system", settings.code())
                .with("products", products.size()));
        return true;
    }
}
