package com.certhall.orders.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.KeyAlgorithm;
import com.certhall.catalog.PolicyDecision;
import com.certhall.catalog.ProductSpec;
import com.certhall.catalog.Quote;
import com.certhall.orders.OrderCommands.ItemForm;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.SubjectType;
import com.certhall.shared.CertificateRequestCheck;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The product step's lines as typed, checked one by one: the product offered by the channel and fit for the
 * subject, not chosen twice, quoted by the catalog, a key algorithm the product allows, and a holder's CSR only
 * where the channel takes one (checked by the CA core through {@link CertificateRequestCheck}). Every problem is
 * collected under its line's path ({@code items[0].years}).
 */
final class OrderLines {

    private final CatalogManagement catalog;
    private final ObjectProvider<CertificateRequestCheck> csrCheck;

    OrderLines(CatalogManagement catalog, ObjectProvider<CertificateRequestCheck> csrCheck) {
        this.catalog = catalog;
        this.csrCheck = csrCheck;
    }

    @Nullable OrderLine line(String path, ItemForm item, SubjectType subjectType, ChannelRules rules,
            Set<String> seen, InvalidInputException.Collector errors) {
        if (item == null || item.productCode() == null || item.productCode().isBlank()) {
            errors.add(FieldViolation.of(path + "productCode", "required", "validation.required", path + "productCode"));
            return null;
        }
        String code = item.productCode().trim();
        ProductSpec product = errors.check(() -> rules.requireProduct(path + "productCode", code));
        if (product == null) {
            return null;
        }
        if (product.certType().forOrganization() != (subjectType == SubjectType.ORGANIZATION)) {
            errors.add(FieldViolation.of(path + "productCode", "subjectType", "orders.items.wrongSubject",
                    path + "productCode"));
            return null;
        }
        if (!seen.add(code)) {
            errors.add(FieldViolation.of(path + "productCode", "duplicate", "orders.items.duplicate",
                    path + "productCode"));
            return null;
        }
        int years = item.years() == null ? product.minYears() : item.years();
        int quantity = item.quantity() == null ? 1 : item.quantity();
        Quote quote;
        try {
            quote = catalog.quote(rules.code(), code, years, quantity);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(new FieldViolation(path + v.field(), v.code(), v.messageKey(),
                    prefixed(path, v))));
            return null;
        }
        KeyAlgorithm algorithm = keyAlgorithm(path + "keyAlgorithm", item.keyAlgorithm(), product, errors);
        if (algorithm == null) {
            return null;
        }
        String csr = item.csr() == null || item.csr().isBlank() ? null : item.csr().strip();
        if (csr != null && !csrAccepted(path, csr, quantity, algorithm, rules, errors)) {
            return null;
        }
        return new OrderLine(code, product.name(), product.certType(), product.medium(), years,
                quantity, algorithm, csr, quote.total().fen());
    }

    private static List<Object> prefixed(String path, FieldViolation v) {
        List<Object> args = new ArrayList<>(v.args());
        if (!args.isEmpty() && v.field().equals(args.get(0))) {
            args.set(0, path + v.field());
        }
        return args;
    }

    private static @Nullable KeyAlgorithm keyAlgorithm(String field, @Nullable String raw, ProductSpec product,
            InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return product.orderedKeyAlgorithms().iterator().next();
        }
        KeyAlgorithm algorithm;
        try {
            algorithm = KeyAlgorithm.valueOf(InputHygiene.compact(raw).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(FieldViolation.of(field, "unknown", "orders.keyAlgorithm.unknown", field));
            return null;
        }
        if (product.checkKeyAlgorithm(algorithm) instanceof PolicyDecision.Rejection r) {
            errors.add(r.toViolation(field));
            return null;
        }
        return algorithm;
    }

    private boolean csrAccepted(String path, String csr, int quantity, KeyAlgorithm algorithm, ChannelRules rules,
            InvalidInputException.Collector errors) {
        if (!rules.holderCsrAllowed()) {
            errors.add(FieldViolation.of(path + "csr", "notAllowed", "orders.csr.notAllowed", path + "csr"));
            return false;
        }
        if (quantity != 1) {
            errors.add(FieldViolation.of(path + "quantity", "csrSingle", "orders.csr.single", path + "quantity"));
            return false;
        }
        CertificateRequestCheck checker = csrCheck.getIfAvailable();
        if (checker == null) {
            throw new CsrCheckUnavailableException();
        }
        try {
            checker.check(csr, algorithm.name());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(new FieldViolation(path + "csr", v.code(), v.messageKey(),
                    prefixed(path, v))));
            return false;
        }
        return true;
    }
}
