package com.certhall.invoicing.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.invoicing.InvoiceFile;
import com.certhall.invoicing.InvoiceId;
import com.certhall.invoicing.InvoiceView;
import com.certhall.invoicing.InvoicingProperties;
import com.certhall.invoicing.TaxPlatformUnavailableException;
import com.certhall.invoicing.provider.TaxPlatform;
import com.certhall.invoicing.provider.TaxPlatformException;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads invoices for their holder, staff and the public lookup, fetches their files from the tax platform, and
 * sends an issued one again. Another account's invoice is reported as not found (404), never as forbidden.
 */
@Service
public class InvoiceReads {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TAX_NUMBER = Pattern.compile("[0-9A-Z]{15,20}");

    private final Invoices invoices;
    private final OrderManagement orders;
    private final @Nullable TaxPlatform platform;
    private final ManualInvoicing manual;
    private final InvoiceDesk desk;
    private final SmsChallengeService sms;
    private final AuditTrail audit;
    private final InvoicingProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    InvoiceReads(Invoices invoices, OrderManagement orders, ObjectProvider<TaxPlatform> platform,
            ManualInvoicing manual, InvoiceDesk desk,
            SmsChallengeService sms, AuditTrail audit, InvoicingProperties properties,
            @Value("${certhall.time-zone:Asia/Shanghai}") String zone, Clock clock) {
        this.invoices = invoices;
        this.orders = orders;
        this.platform = platform.getIfAvailable();
        this.manual = manual;
        this.desk = desk;
        this.sms = sms;
        this.audit = audit;
        this.properties = properties;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    public List<InvoiceView> ofOrder(OrderId orderId) {
        return invoices.findByOrder(orderId.id()).stream().map(Invoice::view).toList();
    }

    /** The invoices of an order the account owns; another account's order is a 404. */
    public List<InvoiceView> ofOrderOwned(OrderId orderId, UUID accountId) {
        orders.getOwned(orderId, accountId);
        return ofOrder(orderId);
    }

    public InvoiceView get(InvoiceId id) {
        return find(id).view();
    }

    public InvoiceView getOwned(InvoiceId id, UUID accountId) {
        return owned(id, accountId).view();
    }

    /**
     * A file of an issued invoice, as the platform keeps it.
     *
     * @throws TaxPlatformUnavailableException (503) when the platform cannot hand it out now
     */
    public InvoiceFile file(InvoiceId id, TaxPlatform.FileKind kind) {
        InvoiceView invoice = get(id);
        if (!invoice.downloadable()) {
            throw new ConflictException("invoicing.file.notIssued", "the invoice is not issued yet");
        }
        if (kind == TaxPlatform.FileKind.PDF) {
            var recorded = manual.pdf(id.id(), invoice.number());
            if (recorded.isPresent()) {
                return recorded.get();
            }
        }
        if (platform == null) {
            // issued outside CertHall: finance recorded the PDF only
            throw new NotFoundException("invoice file", invoice.number() + "." + kind.extension());
        }
        try {
            return new InvoiceFile("dzfp_" + invoice.number() + "." + kind.extension(), kind.contentType(),
                    platform.file(invoice.number(), kind));
        } catch (TaxPlatformException e) {
            throw new TaxPlatformUnavailableException(e.code());
        }
    }

    public InvoiceFile fileOwned(InvoiceId id, UUID accountId, TaxPlatform.FileKind kind) {
        owned(id, accountId);
        return file(id, kind);
    }

    /**
     * Sends the account's issued invoice again to {@code rawEmail} (empty: the address on the order).
     *
     * @throws InvalidInputException naming {@code email} when it is not an address
     * @throws RateLimitedException  (429) after {@link InvoicingProperties#redeliveriesPerDay()} requests today
     */
    @Transactional
    public InvoiceView redeliver(InvoiceId id, UUID accountId, String rawEmail, String actor) {
        Invoice invoice = owned(id, accountId);
        String email = InputHygiene.compact(rawEmail).toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            email = invoice.buyer().email();
        }
        if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
            throw InvalidInputException.of("email", "format", "validation.constraint.Email", "email");
        }
        if (!invoice.view().downloadable()) {
            throw new ConflictException("invoicing.file.notIssued", "the invoice is not issued yet");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (!invoice.redeliver(email, actor, today.toString(), properties.redeliveriesPerDay(), clock.instant())) {
            Duration wait = Duration.between(clock.instant(), today.plusDays(1).atStartOfDay(zone).toInstant());
            throw new RateLimitedException("invoicing.redeliver.limit", wait, properties.redeliveriesPerDay());
        }
        return invoices.save(invoice).view();
    }

    /**
     * The public lookup (SXCA): buyer name, taxpayer number and the mobile on the order, proven by an SMS code
     * (purpose QUERY) sent to that mobile. Lists only issued invoices whose three facts all match; anything else
     * gives an empty list, so the lookup never tells which of the facts was wrong. Writable: the code is used up.
     */
    @Transactional
    public List<InvoiceView> lookup(String rawName, String rawTaxNumber, String rawMobile, String smsCode) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String name = InputHygiene.tidy(rawName);
        if (name.isEmpty() || name.length() > 200) {
            errors.add(FieldViolation.of("buyerName", name.isEmpty() ? "required" : "length",
                    name.isEmpty() ? "validation.required" : "invoicing.lookup.nameLength", "buyerName", 200));
        }
        String taxNumber = InputHygiene.compact(rawTaxNumber).toUpperCase(Locale.ROOT);
        if (!TAX_NUMBER.matcher(taxNumber).matches()) {
            errors.add(FieldViolation.of("taxNumber", taxNumber.isEmpty() ? "required" : "format",
                    taxNumber.isEmpty() ? "validation.required" : "invoicing.lookup.taxNumber.format", "taxNumber"));
        }
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", rawMobile));
        if (smsCode == null || smsCode.isBlank()) {
            errors.add(FieldViolation.of("smsCode", "required", "validation.required", "smsCode"));
        }
        errors.throwIfAny();
        sms.verify(mobile, SmsPurpose.QUERY, smsCode);
        List<InvoiceView> found = invoices.findByLookupKey(desk.lookupKey(name, taxNumber, mobile.value())).stream()
                .map(Invoice::view).filter(InvoiceView::downloadable).toList();
        audit.recordNow(AuditRecord.of("invoicing.lookup", "anonymous:" + mobile.masked(), "invoices")
                .with("found", found.size()));
        return found;
    }

    /** The latest invoices of any order, most recently changed first: the finance console. */
    public List<InvoiceView> latest(int limit) {
        return invoices.findLatest(PageRequest.of(0, limit)).stream().map(Invoice::view).toList();
    }

    private Invoice find(InvoiceId id) {
        return invoices.findById(id.id()).orElseThrow(() -> new NotFoundException("invoice", id));
    }

    private Invoice owned(InvoiceId id, UUID accountId) {
        Invoice invoice = find(id);
        if (!invoice.accountId().equals(accountId)) {
            throw new NotFoundException("invoice", id);
        }
        return invoice;
    }
}
