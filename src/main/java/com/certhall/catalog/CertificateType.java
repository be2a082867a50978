package com.certhall.catalog;

/** What a certificate certifies: 机构证书, 机构个人证书, 个人证书, 法定代表人证书, 电子印章. */
public enum CertificateType {
    ORGANIZATION, ORGANIZATION_INDIVIDUAL, PERSONAL, LEGAL_REPRESENTATIVE, ESEAL;

    /** Whether the subject applying is an organisation (with a USCC) rather than a natural person. */
    public boolean forOrganization() {
        return this != PERSONAL;
    }
}
