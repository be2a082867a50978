package com.certhall.catalog.web;

import com.certhall.catalog.CertificateType;
import com.certhall.catalog.KeyAlgorithm;
import com.certhall.catalog.Medium;
import com.certhall.catalog.domain.ProductDraft;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** The admin's product form; numbers and prices stay text until {@link ProductDraft#toSpec} checks them. */
public class ProductForm extends CatalogEntryForm {

    private CertificateType certType = CertificateType.ORGANIZATION;
    private Medium medium = Medium.UKEY;
    private Set<KeyAlgorithm> keyAlgorithms = EnumSet.of(KeyAlgorithm.SM2);
    private Set<Integer> years = new TreeSet<>(Set.of(1));
    private String maxQuantity = "1";
    private String pricePerYear = "";
    private String ukeyPrice = "";
    private String taxCode = "";

    static ProductForm of(ProductDraft d, long version) {
        ProductForm f = new ProductForm();
        f.setCode(d.code());
        f.setName(d.name());
        f.setDescription(d.description());
        f.certType = d.certType();
        f.medium = d.medium();
        f.keyAlgorithms = d.keyAlgorithms().isEmpty() ? EnumSet.noneOf(KeyAlgorithm.class)
                : EnumSet.copyOf(d.keyAlgorithms());
        f.years = new TreeSet<>(d.years());
        f.maxQuantity = String.valueOf(d.maxQuantity());
        f.pricePerYear = d.pricePerYear();
        f.ukeyPrice = d.ukeyPrice();
        f.taxCode = d.taxCode() == null ? "" : d.taxCode();
        f.setVersion(version);
        return f;
    }

    ProductDraft toDraft() {
        Integer quantity;
        try {
            quantity = Integer.valueOf(maxQuantity == null ? "" : maxQuantity.trim());
        } catch (NumberFormatException e) {
            quantity = null;
        }
        return new ProductDraft(getCode(), getName(), getDescription(), certType, medium,
                FormSets.orEmpty(keyAlgorithms), FormSets.orEmpty(years), quantity, pricePerYear, ukeyPrice, taxCode);
    }

    public CertificateType getCertType() {
        return certType;
    }

    public void setCertType(CertificateType certType) {
        this.certType = certType;
    }

    public Medium getMedium() {
        return medium;
    }

    public void setMedium(Medium medium) {
        this.medium = medium;
    }

    public Set<KeyAlgorithm> getKeyAlgorithms() {
        return keyAlgorithms;
    }

    public void setKeyAlgorithms(Set<KeyAlgorithm> keyAlgorithms) {
        this.keyAlgorithms = keyAlgorithms;
    }

    public Set<Integer> getYears() {
        return years;
    }

    public void setYears(Set<Integer> years) {
        this.years = years;
    }

    public String getMaxQuantity() {
        return maxQuantity;
    }

    public void setMaxQuantity(String maxQuantity) {
        this.maxQuantity = maxQuantity;
    }

    public String getPricePerYear() {
        return pricePerYear;
    }

    public void setPricePerYear(String pricePerYear) {
        this.pricePerYear = pricePerYear;
    }

    public String getUkeyPrice() {
        return ukeyPrice;
    }

    public void setUkeyPrice(String ukeyPrice) {
        this.ukeyPrice = ukeyPrice;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }
}
