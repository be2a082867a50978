package com.certhall.catalog.domain;

import com.certhall.catalog.LifecycleTerms;
import com.certhall.catalog.LifecycleTerms.Service;
import com.certhall.catalog.LifecycleTerms.Term;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A channel's lifecycle terms (table {@code catalog_lifecycle_term}); a channel without rows has the defaults. */
@Component
class LifecycleTermRows {

    private final JdbcClient jdbc;

    LifecycleTermRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LifecycleTerms of(String channel) {
        Map<Service, Term> terms = new EnumMap<>(Service.class);
        int[] window = {LifecycleTerms.DEFAULT_RENEWAL_WINDOW_DAYS};
        jdbc.sql("select service, offered, price_fen, window_days from catalog_lifecycle_term where channel_code = ?")
                .param(channel)
                .query((rs, n) -> {
                    Service service = Service.valueOf(rs.getString("service"));
                    boolean offered = rs.getBoolean("offered");
                    long price = rs.getLong("price_fen");
                    Long priceFen = rs.wasNull() ? null : price;
                    terms.put(service, new Term(offered, priceFen));
                    int days = rs.getInt("window_days");
                    if (service == Service.RENEWAL && !rs.wasNull()) {
                        window[0] = days;
                    }
                    return service;
                }).list();
        return new LifecycleTerms(channel, window[0], terms);
    }

    /** Writes every service of the channel's terms (the window on the renewal row), replacing what was there. */
    void replace(LifecycleTerms terms) {
        jdbc.sql("delete from catalog_lifecycle_term where channel_code = ?").param(terms.channel()).update();
        for (Service service : Service.values()) {
            Term term = terms.terms().get(service);
            jdbc.sql("insert into catalog_lifecycle_term (channel_code, service, offered, price_fen, window_days) "
                    + "values (?, ?, ?, ?, ?)")
                    .params(terms.channel(), service.name(), term.offered(), term.priceFen(),
                            service == Service.RENEWAL ? terms.renewalWindowDays() : null)
                    .update();
        }
    }
}
