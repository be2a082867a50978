package com.certhall.catalog.domain;

import com.certhall.catalog.LifecycleTerms;
import com.certhall.catalog.LifecycleTerms.Service;
import com.certhall.catalog.LifecycleTerms.Term;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Money;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A channel's lifecycle terms as typed into the admin form: per service whether it is offered and its price in yuan
 * (empty: the product's own price for its years), and the renewal window in days. {@link #toTerms} checks it and
 * names every bad field ({@code renewalPrice} … {@code revocationPrice}, {@code renewalWindowDays}).
 */
public record LifecycleTermsDraft(Map<Service, Entry> entries, @Nullable String renewalWindowDays) {

    /** The highest price a lifecycle service may have: 100 000 yuan. */
    public static final long MAX_PRICE_FEN = 10_000_000L;

    /** One service as typed; {@code price} in yuan, blank for the product's own price. */
    public record Entry(boolean offered, @Nullable String price) {
    }

    public LifecycleTermsDraft {
        entries = Map.copyOf(entries);
    }

    /** The form field of a service's price: {@code renewalPrice}, {@code changePrice} … {@code sealAdditionPrice}. */
    public static String priceField(Service service) {
        return camel(service) + "Price";
    }

    /** The form field of a service's tick: {@code renewalOffered} … {@code sealChangeOffered}. */
    public static String offeredField(Service service) {
        return camel(service) + "Offered";
    }

    private static String camel(Service service) {
        String[] words = service.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    public LifecycleTerms toTerms(String channel) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Map<Service, Term> terms = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            Entry entry = entries.getOrDefault(service, new Entry(false, null));
            String field = priceField(service);
            String raw = InputHygiene.compact(entry.price());
            Long fen = null;
            if (!raw.isEmpty()) {
                Money money = errors.check(() -> Money.parseYuan(field, raw));
                if (money != null && money.fen() > MAX_PRICE_FEN) {
                    errors.add(FieldViolation.of(field, "range",
                            "catalog.validation.lifecyclePrice", field));
                } else if (money != null) {
                    fen = money.fen();
                }
            }
            terms.put(service, new Term(entry.offered(), fen));
        }
        Integer window = errors.check(() -> windowDays(renewalWindowDays));
        errors.throwIfAny();
        return new LifecycleTerms(channel, window, terms);
    }

    private static int windowDays(@Nullable String raw) {
        String cleaned = InputHygiene.compact(raw);
        if (cleaned.isEmpty()) {
            throw InvalidInputException.of("renewalWindowDays", "required", "validation.required",
                    "renewalWindowDays");
        }
        try {
            int days = Integer.parseInt(cleaned);
            if (days >= 1 && days <= 366) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below, as an out-of-range number is
        }
        throw InvalidInputException.of("renewalWindowDays", "range", "catalog.validation.renewalWindow",
                "renewalWindowDays");
    }
}
