package com.certhall.invoicing;

import com.certhall.shared.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Invoicing settings (docs/invoicing.md, docs/configuration.md).
 *
 * @param platform          the tax platform adapter's id; only {@code sandbox} exists so far
 * @param timing            per channel code, when its orders are invoiced; {@code defaultTiming} for the others
 * @param workerInterval    how often due invoices are sent to or asked of the platform
 * @param backoff           the wait after the first failed attempt, doubled after each further one
 * @param maxAttempts       attempts before an invoice is {@code FAILED} and left to staff
 * @param pollInterval      how often an invoice 开票中 is asked about
 * @param redeliveriesPerDay how many times a day the holder may have one invoice sent again
 */
@ConfigurationProperties("certhall.invoicing")
public record InvoicingProperties(String platform, InvoiceTiming defaultTiming, Map<String, InvoiceTiming> timing,
        Duration workerInterval, Duration backoff, int maxAttempts, Duration pollInterval, int redeliveriesPerDay,
        Seller seller, ItemRule item) {

    public InvoicingProperties {
        platform = platform == null ? "sandbox" : platform;
        defaultTiming = defaultTiming == null ? InvoiceTiming.AFTER_PAYMENT : defaultTiming;
        timing = timing == null ? Map.of() : Map.copyOf(timing);
        workerInterval = workerInterval == null ? Duration.ofSeconds(5) : workerInterval;
        backoff = backoff == null ? Duration.ofSeconds(30) : backoff;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        redeliveriesPerDay = redeliveriesPerDay <= 0 ? 5 : redeliveriesPerDay;
        seller = seller == null ? new Seller(null, null, null, null, null) : seller;
        item = item == null ? new ItemRule(null, null, 0, null) : item;
    }

    /** The retry rule of the invoice worker, from {@code backoff} and {@code maxAttempts}. */
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(backoff, maxAttempts);
    }

    public InvoiceTiming timingOf(String channel) {
        return timing.getOrDefault(channel, defaultTiming);
    }

    /** The seller as the invoice names it, and the drawer (开票人). */
    public record Seller(String name, String taxNumber, String addressPhone, String bankAccount, String drawer) {

        public Seller {
            name = name == null ? "CertHall 数字认证有限公司" : name;
            taxNumber = taxNumber == null ? "91110108MA01CERT3X" : taxNumber;
            addressPhone = addressPhone == null ? "北京市海淀区中关村大街 1 号 010-88888888" : addressPhone;
            bankAccount = bankAccount == null ? "中国工商银行北京中关村支行 0200049619200088888" : bankAccount;
            drawer = drawer == null ? "系统" : drawer;
        }
    }

    /**
     * How an order line becomes an invoice item: its category prefix ({@code *信息技术服务*}), its 19-digit tax
     * classification code, its rate in percent and its unit.
     */
    public record ItemRule(String category, String taxCode, int ratePercent, String unit) {

        public ItemRule {
            category = category == null ? "信息技术服务" : category;
            taxCode = taxCode == null ? "3040201990000000000" : taxCode;
            if (!com.certhall.catalog.TaxClassificationCode.valid(taxCode)) {
                throw new IllegalArgumentException("certhall.invoicing.item.tax-code is not a tax classification code");
            }
            ratePercent = ratePercent <= 0 ? 6 : ratePercent;
            unit = unit == null ? "套" : unit;
        }
    }
}
