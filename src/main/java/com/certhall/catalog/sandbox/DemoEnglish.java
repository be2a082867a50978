package com.certhall.catalog.sandbox;

import com.certhall.catalog.ChannelTranslation;
import java.util.Map;

/** The English texts of the demo channels, stored beside them so that English pages read English from the start. */
final class DemoEnglish {

    private DemoEnglish() {
    }

    static Map<String, ChannelTranslation> all() {
        return Map.of(
                DemoChannels.INTEROP, of("Online support on working days 9:00–17:30 (bottom right of the page)",
                        "Zhongyuan Province Certificate Interoperability Project",
                        "One certificate for every government and public-resource trading platform of Zhongyuan "
                                + "Province: organization, organization-individual and personal certificates on UKEY.",
                        "Certificates of this project are accepted on every interoperating platform of Zhongyuan "
                                + "Province; pay by bank transfer after approval.",
                        Map.of("org", "Organization certificate", "org-individual",
                                "Organization individual certificate", "personal", "Personal certificate"),
                        Map.of("org",
                                "For the organization's business and signatures on the interoperating platforms",
                                "org-individual",
                                "For an employee acting for the organization; the certificate names the organization",
                                "personal",
                                "For a person signing in and signing as themselves on the platforms")),
                DemoChannels.COAL, of("Online support: bottom right of the application page",
                        "Coal Trade Online Certificate Project",
                        "Organization and legal-representative certificates with electronic seals for the Coal Trade "
                                + "Online platform. Register your enterprise on the platform first.",
                        "The subscriber must be registered on the Coal Trade Online platform before applying; the "
                                + "stamped paper application form must be mailed to our acceptance centre.",
                        Map.of("unit-cert", "Organization certificate with electronic seal", "legal-rep-cert",
                                "Legal representative certificate with electronic seal", "eseal",
                                "Electronic seal (additional)"),
                        Map.of("unit-cert",
                                "One organization certificate with the company's electronic seal, to sign in and stamp on the platform",
                                "legal-rep-cert",
                                "The legal representative's own certificate with a name seal, for contracts",
                                "eseal",
                                "One more electronic seal (contract, finance) beside the organization certificate, kept in the cloud, stamped by scanning")),
                DemoChannels.SUPPLY_CHAIN, of("Online support: working days 9:00–18:00",
                        "Supply Chain Finance Cloud-Chain Certificate Project",
                        "Enterprise certificates for suppliers of the supply-chain finance platform: one for the "
                                + "operator, one for the approver (quantity 2), on UKEY.",
                        "This project requires two enterprise certificates (operator and approver) and a corporate "
                                + "micro-deposit check.",
                        Map.of("enterprise", "Enterprise certificate"),
                        Map.of("enterprise",
                                "One for the operator and one for the approver, for financing requests and approvals on the platform")),
                DemoChannels.BIDDING, of("Online support: 24/7",
                        "Southwest Public Bidding Cloud Certificate Project",
                        "Cloud certificates for bidders: sign on your phone, no UKEY needed. Organization and personal "
                                + "certificates are valid for one year and renewed every year.",
                        "Cloud private keys are protected by our hardware security modules; the subscriber controls "
                                + "their use with SMS codes and the certificate PIN.",
                        Map.of("org-cloud", "Organization cloud certificate", "personal-cloud",
                                "Personal cloud certificate"),
                        Map.of("org-cloud",
                                "The bidder's cloud certificate: sign and decrypt bids by scanning with your phone, no UKEY",
                                "personal-cloud",
                                "A cloud certificate for evaluators and bid contacts, signing by scanning with the phone")),
                DemoChannels.PLATEAU, of("Online support: working days 8:30–17:30",
                        "Plateau Public Resource Trading Certificate Project",
                        "UKEY certificates for bidders at the public resource trading centre: apply, renew and unlock "
                                + "online; delivery by mail or pick-up at the service desk.",
                        "If you choose the corporate micro-deposit check, the certificate PIN is given in the memo of "
                                + "a 0.01 yuan transfer.",
                        Map.of("org-ukey", "Organization certificate (UKEY)"),
                        Map.of("org-ukey",
                                "The UKEY certificate bidders use to sign in, bid and stamp at the trading centre")),
                DemoChannels.HOSPITAL, of("The hospital IT department's group or online support",
                        "Ankang Medical E-Signature Certificate Project",
                        "Personal cloud certificates for doctors and nurses signing electronic medical records; the "
                                + "hospital system may bring its own key (PKCS#10 request).",
                        "Certificates of this project are for signing medical records of the subscribing hospital "
                                + "only.",
                        Map.of("doctor-cloud", "Personal cloud certificate for medical staff"),
                        Map.of("doctor-cloud", "For doctors and nurses signing medical records and prescriptions; the hospital system may "
                                        + "bring its own key")));
    }

    private static ChannelTranslation of(String support, String name, String description, String special,
            Map<String, String> products, Map<String, String> productDescriptions) {
        return new ChannelTranslation(name, description, agreement(name, special), support, products,
                productDescriptions);
    }

    private static String agreement(String channelName, String special) {
        return """
                Digital Certificate Service Agreement (%1$s)
                This agreement is made between the certificate subscriber ("Subscriber") and this electronic certification service provider ("Provider"). Ticking "I have read and agree" online means the Subscriber accepts all of its terms.

                1. Services
                Under the Electronic Signature Law of the People's Republic of China, the Measures for the Administration of Electronic Certification Services and the Provider's published Certification Practice Statement (CPS), the Provider issues, renews, replaces and revokes certificates for the Subscriber and publishes certificate status (CRL and OCSP).

                2. Subscriber's obligations
                1) Provide true, complete and accurate identity information and documents, and apply for a change when they change.
                2) Keep the private key, the UKEY and the certificate PIN safe and never lend them; revoke the certificate at once through the hotline if the key may be compromised or the token is lost.
                3) Electronic signatures made with the certificate have the same legal effect as handwritten signatures or seals.

                3. Provider's obligations
                1) Verify the Subscriber's identity as the CPS requires and issue the certificate after approval, or state why an application was rejected.
                2) Keep the issuing system secure and the certificate consistent with the information submitted.
                3) Publish revocations promptly and keep the related records for at least five years after the certificate expires.

                4. Fees and invoices
                Fees follow the prices published for this project; electronic invoices are issued after payment and sent to the applicant's e-mail.

                5. Liability and disputes
                Losses caused by false information or careless safekeeping are borne by the Subscriber; direct losses caused by the Provider's fault are compensated within the limits set in the CPS. Disputes not settled by negotiation go to the people's court where the Provider is located.

                6. Special terms of this project
                %2$s

                The Chinese text of this agreement prevails.
                """.formatted(channelName, special);
    }
}
