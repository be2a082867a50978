package com.certhall.invoicing.provider.sandbox;

import com.certhall.invoicing.provider.TaxPlatform;
import com.certhall.invoicing.provider.TaxPlatformException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * A tax platform that behaves like one for local runs and tests: 20-digit invoice numbers (year, tax bureau 11,
 * channel 2, fifteen-digit sequence as 数电 numbers are built), 开票中 for {@link SandboxTaxSwitches#issuingDelay}
 * before 已开票, repeated serial numbers answered with the invoice already known, red-letter confirmations entered
 * and confirmed, PDF and XML files, and outages or "busy" failures switched on {@code /sandbox/tax}.
 */
@Component
@Profile("sandbox")
@ConditionalOnProperty(name = "certhall.invoicing.platform", havingValue = "sandbox", matchIfMissing = true)
class SandboxTaxPlatform implements TaxPlatform {

    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yy").withZone(ZoneId.of("Asia/Shanghai"));

    private final SandboxTaxBooks books;
    private final SandboxTaxSwitches switches;
    private final EInvoiceFiles files;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SandboxTaxPlatform(SandboxTaxBooks books, SandboxTaxSwitches switches, EInvoiceFiles files, ObjectMapper json,
            Clock clock) {
        this.books = books;
        this.switches = switches;
        this.files = files;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public PlatformInvoice issueBlue(InvoiceRequest request) {
        answerable();
        return books.bySerial(request.serialNo()).map(this::state).orElseGet(() -> {
            insert(request.serialNo(), "BLUE", write(request), null, null);
            return query(request.serialNo());
        });
    }

    @Override
    public PlatformInvoice query(String serialNo) {
        answerable();
        return books.bySerial(serialNo).map(this::state)
                .orElse(new PlatformInvoice(serialNo, PlatformStatus.UNKNOWN, null, null));
    }

    @Override
    public byte[] file(String invoiceNumber, FileKind kind) {
        answerable();
        SandboxTaxBooks.Entry entry = books.byNumber(invoiceNumber).filter(e -> "ISSUED".equals(e.status()))
                .orElseThrow(() -> new TaxPlatformException("NOT_FOUND", "no issued invoice " + invoiceNumber, false));
        EInvoiceFiles.Issued issued = new EInvoiceFiles.Issued(read(entry.requestJson()), entry.number(),
                entry.issuedAt(), "RED".equals(entry.kind()), entry.blueNumber(), entry.redFormNumber());
        return switch (kind) {
            case PDF -> files.pdf(issued);
            case OFD -> files.ofd(issued);
            case XML -> files.xml(issued);
        };
    }

    @Override
    public void redeliver(String invoiceNumber, String email) {
        answerable();
        books.delivered(invoiceNumber);
    }

    @Override
    public RedForm requestRedConfirmation(String blueNumber, String reason) {
        answerable();
        SandboxTaxBooks.Entry blue = books.byNumber(blueNumber).filter(e -> "BLUE".equals(e.kind())
                && "ISSUED".equals(e.status())).orElseThrow(() -> new TaxPlatformException("BLUE_NOT_FOUND",
                "no issued blue invoice " + blueNumber, false));
        SandboxTaxBooks.Form form = books.formOfBlue(blue.number()).orElseGet(() -> {
            SandboxTaxBooks.Form f = new SandboxTaxBooks.Form(number(), blue.number(), "PENDING_CONFIRMATION",
                    reason.length() > 500 ? reason.substring(0, 500) : reason);
            books.insertForm(f, clock.instant());
            return f;
        });
        return new RedForm(form.formNumber(), form.blueNumber(), form.status());
    }

    @Override
    public PlatformInvoice confirmRed(String formNumber, String serialNo) {
        answerable();
        SandboxTaxBooks.Form form = books.form(formNumber).orElseThrow(() -> new TaxPlatformException(
                "FORM_NOT_FOUND", "no red-letter confirmation " + formNumber, false));
        books.formStatus(formNumber, "CONFIRMED");
        return books.bySerial(serialNo).map(this::state).orElseGet(() -> {
            SandboxTaxBooks.Entry blue = books.byNumber(form.blueNumber()).orElseThrow();
            insert(serialNo, "RED", negated(blue.requestJson(), serialNo), blue.number(), formNumber);
            return query(serialNo);
        });
    }

    private void answerable() {
        if (switches.outage()) {
            throw new TaxPlatformException("SERVICE_UNAVAILABLE", "税务平台暂停服务（沙箱故障开关）", true);
        }
        if (switches.busyNow()) {
            throw new TaxPlatformException("BUSY", "系统繁忙，请稍后重试（沙箱随机失败）", true);
        }
    }

    /** 开票中 until the issuing delay has passed since the request, then 已开票 at that moment. */
    private PlatformInvoice state(SandboxTaxBooks.Entry entry) {
        if ("ISSUING".equals(entry.status())) {
            Instant ready = entry.requestedAt().plus(switches.issuingDelay());
            if (clock.instant().isBefore(ready)) {
                return new PlatformInvoice(entry.serialNo(), PlatformStatus.ISSUING, null, null);
            }
            books.issued(entry.serialNo(), ready);
            return new PlatformInvoice(entry.serialNo(), PlatformStatus.ISSUED, entry.number(), ready);
        }
        return new PlatformInvoice(entry.serialNo(), PlatformStatus.ISSUED, entry.number(), entry.issuedAt());
    }

    private void insert(String serial, String kind, String requestJson, String blueNumber, String formNumber) {
        for (int attempt = 0; ; attempt++) {
            try {
                books.insert(new SandboxTaxBooks.Entry(serial, number(), kind, "ISSUING", requestJson, blueNumber,
                        formNumber, clock.instant(), null, 0));
                return;
            } catch (DuplicateKeyException e) {
                if (books.bySerial(serial).isPresent() || attempt > 3) {
                    return;
                }
            }
        }
    }

    private String number() {
        long sequence = Math.floorMod(random.nextLong(), 1_000_000_000_000_000L);
        return YEAR.format(clock.instant()) + "11" + "2" + String.format("%015d", sequence);
    }

    private String negated(String blueJson, String serial) {
        InvoiceRequest blue = read(blueJson);
        List<Item> items = blue.items().stream().map(i -> new Item(i.name(), i.taxCode(), i.specification(),
                i.unit(), -i.quantity(), -i.amountFen(), i.taxRatePercent(), -i.taxFen())).toList();
        return write(new InvoiceRequest(serial, blue.seller(), blue.buyer(), items, -blue.amountFen(),
                -blue.taxFen(), blue.remark(), blue.drawer()));
    }

    private String write(InvoiceRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the request", e);
        }
    }

    private InvoiceRequest read(String text) {
        try {
            return json.readValue(text, InvoiceRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored request", e);
        }
    }
}
