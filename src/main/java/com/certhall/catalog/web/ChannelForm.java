package com.certhall.catalog.web;

import com.certhall.catalog.DeliveryOption;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialRequirement;
import com.certhall.catalog.PaymentMethod;
import com.certhall.catalog.VerificationMethod;
import com.certhall.catalog.VerificationParty;
import com.certhall.catalog.VerificationStage;
import com.certhall.catalog.domain.ChannelDraft;
import com.certhall.catalog.domain.ChannelSettings;
import com.certhall.catalog.domain.MaterialDraft;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The admin's channel form: one row per material kind, checkboxes for the enum sets. */
public class ChannelForm extends CatalogEntryForm {

    private String initial = "";
    private String agreementText = "";
    private String hotline = "";
    private String onlineSupport = "";
    private Set<VerificationMethod> organizationMethods = EnumSet.noneOf(VerificationMethod.class);
    private Set<VerificationMethod> handlerMethods = EnumSet.noneOf(VerificationMethod.class);
    private Set<VerificationMethod> personMethods = EnumSet.noneOf(VerificationMethod.class);
    private VerificationStage verificationStage = VerificationStage.AFTER_MATERIALS;
    private List<MaterialRow> materials = new ArrayList<>();
    private FlowOrder flow = FlowOrder.PAY_THEN_REVIEW;
    private Set<PaymentMethod> paymentMethods = EnumSet.noneOf(PaymentMethod.class);
    private boolean invoiceApplies = true;
    private Set<DeliveryOption> deliveryOptions = EnumSet.noneOf(DeliveryOption.class);
    private boolean paperMailing;
    private String mailingAddress = "";
    private boolean holderCsrAllowed;
    private String prerequisiteRegistry = "";
    private String prerequisiteName = "";

    /** An empty form with a row for every material kind. */
    static ChannelForm blank() {
        ChannelForm form = new ChannelForm();
        form.fillRows();
        return form;
    }

    /** The form showing a channel's saved settings, with blank rows to add more. */
    static ChannelForm of(ChannelSettings s, long version) {
        ChannelForm f = new ChannelForm();
        f.setCode(s.code());
        f.setName(s.name());
        f.initial = s.initial();
        f.setDescription(s.description());
        f.agreementText = s.agreementText();
        f.hotline = s.hotline();
        f.onlineSupport = s.onlineSupport();
        f.organizationMethods = copy(s.methodsFor(VerificationParty.ORGANIZATION), VerificationMethod.class);
        f.handlerMethods = copy(s.methodsFor(VerificationParty.HANDLER), VerificationMethod.class);
        f.personMethods = copy(s.methodsFor(VerificationParty.PERSON), VerificationMethod.class);
        f.verificationStage = s.verificationStage();
        for (MaterialRequirement m : s.materials()) {
            f.materials.add(new MaterialRow(m.kind(), true, m.required(), m.maxBytes(), EnumSet.copyOf(m.formats())));
        }
        f.flow = s.flow();
        f.paymentMethods = copy(s.paymentMethods(), PaymentMethod.class);
        f.invoiceApplies = s.invoiceApplies();
        f.deliveryOptions = copy(s.deliveryOptions(), DeliveryOption.class);
        f.paperMailing = s.paperMailing();
        f.mailingAddress = s.mailingAddress() == null ? "" : s.mailingAddress();
        f.holderCsrAllowed = s.holderCsrAllowed();
        f.prerequisiteRegistry = s.prerequisiteRegistry() == null ? "" : s.prerequisiteRegistry();
        f.prerequisiteName = s.prerequisiteName() == null ? "" : s.prerequisiteName();
        f.setVersion(version);
        f.fillRows();
        return f;
    }

    /** Adds a row for each material kind not listed yet, so the admin can ask for it. */
    void fillRows() {
        for (MaterialKind kind : MaterialKind.values()) {
            if (materials.stream().noneMatch(m -> m.getKind() == kind)) {
                materials.add(MaterialRow.notAsked(kind));
            }
        }
    }

    ChannelDraft toDraft() {
        List<MaterialDraft> rows = materials.stream().map(m -> new MaterialDraft(m.getKind(), m.isAccepted(),
                m.isRequired(), m.getMaxBytes(), FormSets.orEmpty(m.getFormats()))).toList();
        return new ChannelDraft(getCode(), getName(), initial, getDescription(), agreementText, hotline,
                onlineSupport, FormSets.orEmpty(organizationMethods), FormSets.orEmpty(handlerMethods),
                FormSets.orEmpty(personMethods), verificationStage, rows, flow, FormSets.orEmpty(paymentMethods),
                invoiceApplies, FormSets.orEmpty(deliveryOptions), paperMailing, mailingAddress, holderCsrAllowed,
                prerequisiteRegistry, prerequisiteName);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    public String getInitial() {
        return initial;
    }

    public void setInitial(String initial) {
        this.initial = initial;
    }

    public String getAgreementText() {
        return agreementText;
    }

    public void setAgreementText(String agreementText) {
        this.agreementText = agreementText;
    }

    public String getHotline() {
        return hotline;
    }

    public void setHotline(String hotline) {
        this.hotline = hotline;
    }

    public String getOnlineSupport() {
        return onlineSupport;
    }

    public void setOnlineSupport(String onlineSupport) {
        this.onlineSupport = onlineSupport;
    }

    public Set<VerificationMethod> getOrganizationMethods() {
        return organizationMethods;
    }

    public void setOrganizationMethods(Set<VerificationMethod> organizationMethods) {
        this.organizationMethods = organizationMethods;
    }

    public Set<VerificationMethod> getHandlerMethods() {
        return handlerMethods;
    }

    public void setHandlerMethods(Set<VerificationMethod> handlerMethods) {
        this.handlerMethods = handlerMethods;
    }

    public Set<VerificationMethod> getPersonMethods() {
        return personMethods;
    }

    public void setPersonMethods(Set<VerificationMethod> personMethods) {
        this.personMethods = personMethods;
    }

    public VerificationStage getVerificationStage() {
        return verificationStage;
    }

    public void setVerificationStage(VerificationStage verificationStage) {
        this.verificationStage = verificationStage;
    }

    public List<MaterialRow> getMaterials() {
        return materials;
    }

    public void setMaterials(List<MaterialRow> materials) {
        this.materials = materials;
    }

    public FlowOrder getFlow() {
        return flow;
    }

    public void setFlow(FlowOrder flow) {
        this.flow = flow;
    }

    public Set<PaymentMethod> getPaymentMethods() {
        return paymentMethods;
    }

    public void setPaymentMethods(Set<PaymentMethod> paymentMethods) {
        this.paymentMethods = paymentMethods;
    }

    public boolean isInvoiceApplies() {
        return invoiceApplies;
    }

    public void setInvoiceApplies(boolean invoiceApplies) {
        this.invoiceApplies = invoiceApplies;
    }

    public Set<DeliveryOption> getDeliveryOptions() {
        return deliveryOptions;
    }

    public void setDeliveryOptions(Set<DeliveryOption> deliveryOptions) {
        this.deliveryOptions = deliveryOptions;
    }

    public boolean isPaperMailing() {
        return paperMailing;
    }

    public void setPaperMailing(boolean paperMailing) {
        this.paperMailing = paperMailing;
    }

    public String getMailingAddress() {
        return mailingAddress;
    }

    public void setMailingAddress(String mailingAddress) {
        this.mailingAddress = mailingAddress;
    }

    public boolean isHolderCsrAllowed() {
        return holderCsrAllowed;
    }

    public void setHolderCsrAllowed(boolean holderCsrAllowed) {
        this.holderCsrAllowed = holderCsrAllowed;
    }

    public String getPrerequisiteRegistry() {
        return prerequisiteRegistry;
    }

    public void setPrerequisiteRegistry(String prerequisiteRegistry) {
        this.prerequisiteRegistry = prerequisiteRegistry;
    }

    public String getPrerequisiteName() {
        return prerequisiteName;
    }

    public void setPrerequisiteName(String prerequisiteName) {
        this.prerequisiteName = prerequisiteName;
    }
}
