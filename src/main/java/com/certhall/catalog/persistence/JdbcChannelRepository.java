package com.certhall.catalog.persistence;

import com.certhall.catalog.CertificateType;
import com.certhall.catalog.DeliveryOption;
import com.certhall.catalog.FileFormat;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.KeyAlgorithm;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.catalog.Medium;
import com.certhall.catalog.PaymentMethod;
import com.certhall.catalog.ProductSpec;
import com.certhall.catalog.VerificationMethod;
import com.certhall.catalog.VerificationParty;
import com.certhall.catalog.VerificationStage;
import com.certhall.catalog.domain.ChannelRepository;
import com.certhall.catalog.domain.ChannelRulesCache;
import com.certhall.catalog.domain.ChannelSettings;
import com.certhall.catalog.domain.StoredChannel;
import com.certhall.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Channels in plain SQL: one row per channel plus child rows for materials and products. */
@Repository
class JdbcChannelRepository implements ChannelRepository {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChannelRulesCache cache;

    JdbcChannelRepository(JdbcClient jdbc, Clock clock, ChannelRulesCache cache) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public List<StoredChannel> findAll() {
        return load(null);
    }

    @Override
    public Optional<StoredChannel> find(String code) {
        return load(code).stream().findFirst();
    }

    @Override
    public boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_channel WHERE code = ?").param(code).query(Long.class)
                .single() > 0;
    }

    @Override
    public void insert(ChannelSettings s) {
        cache.changed();
        jdbc.sql("""
                INSERT INTO catalog_channel (code, name, pinyin_initial, description, agreement_text, hotline,
                  online_support, organization_methods, handler_methods, person_methods, verification_stage,
                  flow_order, payment_methods, invoice_applies, delivery_options, paper_mailing, mailing_address,
                  holder_csr_allowed, prerequisite_registry, prerequisite_name, version, updated_at)
                VALUES (:code, :name, :initial, :description, :agreement, :hotline, :support, :orgMethods,
                  :handlerMethods, :personMethods, :stage, :flow, :payments, :invoice, :delivery, :paper, :mailing,
                  :csr, :registry, :registryName, 0, :now)""")
                .params(columns(s)).update();
        writeChildren(s);
    }

    @Override
    public void update(ChannelSettings s, long expectedVersion) {
        cache.changed();
        Map<String, Object> params = columns(s);
        params.put("version", expectedVersion);
        int rows = jdbc.sql("""
                UPDATE catalog_channel SET name = :name, pinyin_initial = :initial, description = :description,
                  agreement_text = :agreement, hotline = :hotline, online_support = :support,
                  organization_methods = :orgMethods, handler_methods = :handlerMethods,
                  person_methods = :personMethods, verification_stage = :stage, flow_order = :flow,
                  payment_methods = :payments, invoice_applies = :invoice, delivery_options = :delivery,
                  paper_mailing = :paper, mailing_address = :mailing, holder_csr_allowed = :csr,
                  prerequisite_registry = :registry, prerequisite_name = :registryName,
                  version = version + 1, updated_at = :now
                WHERE code = :code AND version = :version""").params(params).update();
        requireOne(rows, s.code());
        jdbc.sql("DELETE FROM catalog_material WHERE channel_code = ?").param(s.code()).update();
        writeChildren(s);
    }

    @Override
    public void saveProduct(String channelCode, ProductSpec p, long expectedVersion) {
        cache.changed();
        bumpVersion(channelCode, expectedVersion);
        Integer existingOrder = jdbc.sql("SELECT sort_order FROM catalog_product WHERE channel_code = ? AND code = ?")
                .param(channelCode).param(p.code()).query(Integer.class).optional().orElse(null);
        int order = existingOrder != null ? existingOrder
                : jdbc.sql("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM catalog_product WHERE channel_code = ?")
                        .param(channelCode).query(Integer.class).single();
        jdbc.sql("DELETE FROM catalog_product WHERE channel_code = ? AND code = ?").param(channelCode)
                .param(p.code()).update();
        jdbc.sql("""
                INSERT INTO catalog_product (channel_code, code, sort_order, name, description, cert_type, medium,
                  key_algorithms, years, max_quantity, price_per_year_fen, ukey_price_fen, tax_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(channelCode, p.code(), order, p.name(), p.description(), p.certType().name(), p.medium().name(),
                        EnumLists.join(p.keyAlgorithms()), EnumLists.joinNumbers(p.years()), p.maxQuantity(),
                        p.pricePerYear().fen(), p.ukeyPrice().fen(), p.taxCode())
                .update();
    }

    @Override
    public void deleteProduct(String channelCode, String productCode, long expectedVersion) {
        cache.changed();
        bumpVersion(channelCode, expectedVersion);
        jdbc.sql("DELETE FROM catalog_product WHERE channel_code = ? AND code = ?").param(channelCode)
                .param(productCode).update();
    }

    private void bumpVersion(String code, long expectedVersion) {
        int rows = jdbc.sql("UPDATE catalog_channel SET version = version + 1, updated_at = ? "
                        + "WHERE code = ? AND version = ?")
                .params(OffsetDateTime.now(clock), code, expectedVersion).update();
        requireOne(rows, code);
    }

    private static void requireOne(int rows, String code) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("channel " + code + " was changed by someone else");
        }
    }

    private Map<String, Object> columns(ChannelSettings s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", s.code());
        p.put("name", s.name());
        p.put("initial", s.initial());
        p.put("description", s.description());
        p.put("agreement", s.agreementText());
        p.put("hotline", s.hotline());
        p.put("support", s.onlineSupport());
        p.put("orgMethods", EnumLists.join(s.methodsFor(VerificationParty.ORGANIZATION)));
        p.put("handlerMethods", EnumLists.join(s.methodsFor(VerificationParty.HANDLER)));
        p.put("personMethods", EnumLists.join(s.methodsFor(VerificationParty.PERSON)));
        p.put("stage", s.verificationStage().name());
        p.put("flow", s.flow().name());
        p.put("payments", EnumLists.join(s.paymentMethods()));
        p.put("invoice", s.invoiceApplies());
        p.put("delivery", EnumLists.join(s.deliveryOptions()));
        p.put("paper", s.paperMailing());
        p.put("mailing", s.mailingAddress());
        p.put("csr", s.holderCsrAllowed());
        p.put("registry", s.prerequisiteRegistry());
        p.put("registryName", s.prerequisiteName());
        p.put("now", OffsetDateTime.now(clock));
        return p;
    }

    private void writeChildren(ChannelSettings s) {
        int order = 0;
        for (MaterialRequirement m : s.materials()) {
            jdbc.sql("INSERT INTO catalog_material (channel_code, kind, sort_order, is_required, max_bytes, formats) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(s.code(), m.kind().name(), order++, m.required(), m.maxBytes(), EnumLists.join(m.formats()))
                    .update();
        }
    }

    private List<StoredChannel> load(String onlyCode) {
        String where = onlyCode == null ? "" : " WHERE channel_code = :code";
        Map<String, Object> param = onlyCode == null ? Map.of() : Map.of("code", onlyCode);
        Map<String, List<MaterialRequirement>> materials = group(
                "SELECT * FROM catalog_material" + where + " ORDER BY channel_code, sort_order", param,
                JdbcChannelRepository::material);
        Map<String, List<ProductSpec>> products = group(
                "SELECT * FROM catalog_product" + where + " ORDER BY channel_code, sort_order", param,
                JdbcChannelRepository::product);
        String channelWhere = onlyCode == null ? "" : " WHERE code = :code";
        return jdbc.sql("SELECT * FROM catalog_channel" + channelWhere + " ORDER BY pinyin_initial, code")
                .params(param)
                .query((rs, n) -> channel(rs, materials, products)).list();
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Map<String, List<T>> group(String sql, Map<String, Object> params, Row<T> row) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            out.computeIfAbsent(rs.getString("channel_code"), k -> new ArrayList<>()).add(row.map(rs));
        });
        return out;
    }

    private static StoredChannel channel(ResultSet rs, Map<String, List<MaterialRequirement>> materials,
            Map<String, List<ProductSpec>> products) throws SQLException {
        String code = rs.getString("code");
        Map<VerificationParty, Set<VerificationMethod>> methods = new EnumMap<>(VerificationParty.class);
        methods.put(VerificationParty.ORGANIZATION,
                EnumLists.parse(VerificationMethod.class, rs.getString("organization_methods")));
        methods.put(VerificationParty.HANDLER, EnumLists.parse(VerificationMethod.class, rs.getString("handler_methods")));
        methods.put(VerificationParty.PERSON, EnumLists.parse(VerificationMethod.class, rs.getString("person_methods")));
        ChannelSettings settings = new ChannelSettings(code, rs.getString("name"), rs.getString("pinyin_initial"),
                rs.getString("description"), rs.getString("agreement_text"),
                rs.getString("hotline"), rs.getString("online_support"), methods,
                VerificationStage.valueOf(rs.getString("verification_stage")), materials.getOrDefault(code, List.of()),
                FlowOrder.valueOf(rs.getString("flow_order")),
                EnumLists.parse(PaymentMethod.class, rs.getString("payment_methods")), rs.getBoolean("invoice_applies"),
                EnumLists.parse(DeliveryOption.class, rs.getString("delivery_options")), rs.getBoolean("paper_mailing"),
                rs.getString("mailing_address"), rs.getBoolean("holder_csr_allowed"),
                rs.getString("prerequisite_registry"), rs.getString("prerequisite_name"));
        return new StoredChannel(settings, products.getOrDefault(code, List.of()), rs.getLong("version"));
    }

    private static MaterialRequirement material(ResultSet rs) throws SQLException {
        return new MaterialRequirement(MaterialKind.valueOf(rs.getString("kind")), rs.getBoolean("is_required"),
                rs.getLong("max_bytes"), EnumLists.parse(FileFormat.class, rs.getString("formats")));
    }

    private static ProductSpec product(ResultSet rs) throws SQLException {
        return new ProductSpec(rs.getString("code"), rs.getString("name"), rs.getString("description"),
                CertificateType.valueOf(rs.getString("cert_type")), Medium.valueOf(rs.getString("medium")),
                EnumLists.parse(KeyAlgorithm.class, rs.getString("key_algorithms")),
                EnumLists.parseNumbers(rs.getString("years")), rs.getInt("max_quantity"),
                Money.ofFen(rs.getLong("price_per_year_fen")), Money.ofFen(rs.getLong("ukey_price_fen")),
                rs.getString("tax_code"));
    }
}
