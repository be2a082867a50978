package com.certhall.orders.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.FileFormat;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.documents.ApplicationFormData;
import com.certhall.documents.ApplicationForms;
import com.certhall.documents.AuthorizationLetterData;
import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentId;
import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.StoredDocument;
import com.certhall.documents.Upload;
import com.certhall.documents.UploadRule;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderId;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.SiteProperties;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's materials: uploads checked against the channel's rule for the kind (size, real type),
 * replace and delete while the order is editable, thumbnails and downloads for the owner, and the generated
 * application form and authorization letter. The authorization letter is accepted in every channel (2 MB,
 * PDF/JPEG/PNG unless the channel sets its own rule), since any organisation may need one.
 */
@Service
public class OrderMaterials {

    static final UploadRule DEFAULT_LETTER_RULE = UploadRule.of(MaterialRequirement.TWO_MB, DocumentFormat.PDF,
            DocumentFormat.JPEG, DocumentFormat.PNG);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Orders orders;
    private final CatalogManagement catalog;
    private final DocumentManagement documents;
    private final ApplicationForms forms;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    OrderMaterials(Orders orders, CatalogManagement catalog, DocumentManagement documents,
            ApplicationForms forms, MessageSource messages, Clock clock,
            SiteProperties site) {
        this.orders = orders;
        this.catalog = catalog;
        this.documents = documents;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
    }

    /** The documents module's owner reference of an order's materials. */
    public static DocumentOwner owner(OrderId id) {
        return DocumentOwner.of("order", id.id());
    }

    /** The rule an upload of {@code kind} must meet in the order's channel. */
    @Transactional(readOnly = true)
    public UploadRule rule(OrderId id, UUID accountId, String kind) {
        Order a = orders.owned(id, accountId);
        return rule(a.channel(), parseKind(kind));
    }

    @Transactional
    public StoredDocument upload(OrderId id, UUID accountId, String kind, String fileName, InputStream content,
            String actor) {
        Order a = editable(id, accountId);
        MaterialKind material = parseKind(kind);
        return documents.store(new Upload(owner(a.id()), DocumentKind.valueOf(material.name()), fileName, actor),
                content, rule(a.channel(), material));
    }

    @Transactional
    public StoredDocument replace(OrderId id, UUID accountId, DocumentId current, String fileName,
            InputStream content, String actor) {
        Order a = editable(id, accountId);
        StoredDocument existing = documents.get(owner(a.id()), current);
        MaterialKind material = MaterialKind.valueOf(existing.kind().name());
        return documents.replace(current, new Upload(owner(a.id()), existing.kind(), fileName, actor), content,
                rule(a.channel(), material));
    }

    @Transactional
    public void delete(OrderId id, UUID accountId, DocumentId document, String actor) {
        Order a = editable(id, accountId);
        documents.delete(owner(a.id()), document, actor);
    }

    @Transactional(readOnly = true)
    public List<StoredDocument> list(OrderId id, UUID accountId) {
        return documents.list(owner(orders.owned(id, accountId).id()));
    }

    @Transactional(readOnly = true)
    public DocumentContent content(OrderId id, UUID accountId, DocumentId document) {
        return documents.content(owner(orders.owned(id, accountId).id()), document);
    }

    @Transactional(readOnly = true)
    public DocumentContent thumbnail(OrderId id, UUID accountId, DocumentId document) {
        return documents.thumbnail(owner(orders.owned(id, accountId).id()), document);
    }

    /** The filled application form; needs the subject and the products. */
    @Transactional(readOnly = true)
    public DocumentContent applicationForm(OrderId id, UUID accountId, Locale locale) {
        Order a = orders.owned(id, accountId);
        OrderDraft d = a.draft();
        requireForForm(d);
        ChannelRules rules = catalog.channel(a.channel());
        ApplicationFormData.Person legalRep = null;
        ApplicationFormData.Organisation organisation = null;
        if (d.subject() instanceof Subject.Organization org) {
            organisation = new ApplicationFormData.Organisation(org.name(), org.uscc(), org.address());
            legalRep = person(org.legalRep(), locale);
        }
        InvoiceInfo inv = d.invoice();
        ApplicationFormData.Invoice invoice = inv == null || !inv.wanted() ? null
                : new ApplicationFormData.Invoice(inv.title(), inv.taxNumber(), inv.address(), inv.phone(),
                        inv.bankName(), inv.bankAccount());
        DeliveryInfo del = d.delivery();
        ApplicationFormData.Delivery delivery = del == null ? ApplicationFormData.Delivery.none()
                : new ApplicationFormData.Delivery(ApplicationFormData.DeliveryMethod.valueOf(del.method().name()),
                        del.recipient(), del.phone(), del.address());
        List<ApplicationFormData.ProductLine> products = d.lines().stream()
                .map(l -> new ApplicationFormData.ProductLine(l.productName(), l.medium().name(),
                        messages.getMessage("catalog.keyAlgorithm." + l.keyAlgorithm().name(), null,
                                l.keyAlgorithm().name(), locale),
                        l.years(), l.quantity(), l.totalFen()))
                .toList();
        ApplicationFormData data = new ApplicationFormData(a.number(), rules.name(),
                organisation == null ? ApplicationFormData.ApplicantType.PERSONAL
                        : ApplicationFormData.ApplicantType.ORGANISATION,
                organisation, legalRep, person(d.subject().handler(), locale), products, invoice, delivery,
                statusUrl(a), LocalDate.ofInstant(clock.instant(), CHINA));
        return forms.applicationForm(data, locale);
    }

    /** The authorization letter template (legal representative → handler) of an organisation order. */
    @Transactional(readOnly = true)
    public DocumentContent authorizationLetter(OrderId id, UUID accountId, Locale locale) {
        Order a = orders.owned(id, accountId);
        OrderDraft d = a.draft();
        if (!(d.subject() instanceof Subject.Organization org)) {
            throw new StepMissingException("organization");
        }
        ChannelRules rules = catalog.channel(a.channel());
        List<String> certificates = d.lines().stream()
                .map(l -> l.productName() + " " + l.medium() + " × " + l.quantity()).toList();
        AuthorizationLetterData data = new AuthorizationLetterData(a.number(), rules.name(),
                new ApplicationFormData.Organisation(org.name(), org.uscc(), org.address()),
                person(org.legalRep(), locale), person(org.handler(), locale), certificates, statusUrl(a),
                LocalDate.ofInstant(clock.instant(), CHINA));
        return forms.authorizationLetter(data, locale);
    }

    private static void requireForForm(OrderDraft d) {
        if (d.subject() == null) {
            throw new StepMissingException("subject");
        }
        if (d.lines().isEmpty()) {
            throw new StepMissingException("items");
        }
    }

    private ApplicationFormData.Person person(Party p, Locale locale) {
        return new ApplicationFormData.Person(p.name(),
                messages.getMessage("orders.idType." + p.idType().name(), null, p.idType().name(), locale),
                p.idNumber(), p.mobile(), p.email(), p.department(), p.address());
    }

    private String statusUrl(Order a) {
        return baseUrl + "/orders/" + a.id();
    }

    private UploadRule rule(String channel, MaterialKind kind) {
        return catalog.materialRequirement(channel, kind).map(OrderMaterials::toRule)
                .orElseGet(() -> {
                    if (kind == MaterialKind.AUTHORIZATION_LETTER) {
                        return DEFAULT_LETTER_RULE;
                    }
                    throw InvalidInputException.of("kind", "notAccepted", "orders.document.kindNotAccepted",
                            "kind", kind.name());
                });
    }

    static UploadRule toRule(MaterialRequirement r) {
        Set<DocumentFormat> formats = EnumSet.noneOf(DocumentFormat.class);
        for (FileFormat f : r.formats()) {
            formats.add(switch (f) {
                case PDF -> DocumentFormat.PDF;
                case JPG, JPEG -> DocumentFormat.JPEG;
                case PNG -> DocumentFormat.PNG;
                case BMP -> DocumentFormat.BMP;
                case GIF -> DocumentFormat.GIF;
            });
        }
        return new UploadRule(r.maxBytes(), formats);
    }

    private static MaterialKind parseKind(String raw) {
        try {
            return MaterialKind.valueOf(InputHygiene.compact(raw));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of("kind", "unknown", "orders.document.kind", "kind");
        }
    }

    private Order editable(OrderId id, UUID accountId) {
        Order a = orders.owned(id, accountId);
        if (!a.status().isEditable()) {
            throw new IllegalTransition("change materials", a.status(), a.status());
        }
        return a;
    }
}
