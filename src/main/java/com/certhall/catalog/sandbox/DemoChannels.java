package com.certhall.catalog.sandbox;

import static com.certhall.catalog.CertificateType.ESEAL;
import static com.certhall.catalog.CertificateType.LEGAL_REPRESENTATIVE;
import static com.certhall.catalog.CertificateType.ORGANIZATION;
import static com.certhall.catalog.CertificateType.ORGANIZATION_INDIVIDUAL;
import static com.certhall.catalog.CertificateType.PERSONAL;
import static com.certhall.catalog.DeliveryOption.MAIL;
import static com.certhall.catalog.DeliveryOption.NONE;
import static com.certhall.catalog.DeliveryOption.PICKUP;
import static com.certhall.catalog.FileFormat.BMP;
import static com.certhall.catalog.FileFormat.GIF;
import static com.certhall.catalog.FileFormat.JPEG;
import static com.certhall.catalog.FileFormat.JPG;
import static com.certhall.catalog.FileFormat.PDF;
import static com.certhall.catalog.FileFormat.PNG;
import static com.certhall.catalog.FlowOrder.PAY_THEN_REVIEW;
import static com.certhall.catalog.FlowOrder.REVIEW_THEN_PAY;
import static com.certhall.catalog.MaterialKind.APPLICATION_FORM;
import static com.certhall.catalog.MaterialKind.AUTHORIZATION_LETTER;
import static com.certhall.catalog.MaterialKind.BUSINESS_LICENSE;
import static com.certhall.catalog.MaterialKind.ID_BACK;
import static com.certhall.catalog.MaterialKind.ID_FRONT;
import static com.certhall.catalog.MaterialKind.SEAL_SPECIMEN;
import static com.certhall.catalog.MaterialKind.SIGNATURE_PAGE;
import static com.certhall.catalog.PaymentMethod.ALIPAY_QR;
import static com.certhall.catalog.PaymentMethod.BANK_TRANSFER;
import static com.certhall.catalog.PaymentMethod.WECHAT_QR;
import static com.certhall.catalog.VerificationMethod.BANKCARD_4F;
import static com.certhall.catalog.VerificationMethod.FACE;
import static com.certhall.catalog.VerificationMethod.LEGAL_REP_BANKCARD_4F;
import static com.certhall.catalog.VerificationMethod.LEGAL_REP_FACE;
import static com.certhall.catalog.VerificationMethod.LEGAL_REP_TELECOM_3F;
import static com.certhall.catalog.VerificationMethod.MICRO_DEPOSIT;
import static com.certhall.catalog.VerificationMethod.TELECOM_3F;
import static com.certhall.catalog.VerificationStage.AFTER_MATERIALS;
import static com.certhall.catalog.VerificationStage.AFTER_SUBMISSION;
import static com.certhall.catalog.VerificationStage.BEFORE_PRODUCT;
import static com.certhall.catalog.sandbox.DemoChannel.channel;

import com.certhall.catalog.FileFormat;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialRequirement;
import java.util.List;
import java.util.Set;

/**
 * The demo channels of the sandbox, modelled on published service manuals of Chinese CAs, with names of our own: a
 * provincial interoperability project (SZCA), a coal-trade platform (SXCA), a supply-chain finance project (CFCA), a
 * bidding platform with cloud certificates (BJCA), a public-resource trading project (BJCA-QH) and a hospital
 * e-signature project.
 */
final class DemoChannels {

    static final String INTEROP = "zy-interop";
    static final String COAL = "coal-trade";
    static final String SUPPLY_CHAIN = "scf-chain";
    static final String BIDDING = "bid-cloud";
    static final String PLATEAU = "plateau-trade";
    static final String HOSPITAL = "health-esign";
    static final String COAL_REGISTRY = "COAL_TRADE";

    private static final Set<FileFormat> SCANS = Set.of(PDF, JPG, JPEG, BMP, GIF);
    private static final Set<FileFormat> IMAGES = Set.of(JPG, JPEG, PNG, GIF, BMP);

    private DemoChannels() {
    }

    static List<DemoChannel> all() {
        return List.of(interop(), coal(), supplyChain(), bidding(), plateau(), hospital());
    }

    private static DemoChannel interop() {
        return channel(INTEROP, "中原省数字证书互通项目", "Z",
                "中原省内政务与公共资源交易平台互认的数字证书，一证通用；支持机构证书、机构个人证书与个人证书，UKEY 介质。")
                .agreement("本项目证书在中原省各互通平台通用，审核通过后以对公转账方式支付。")
                .support("400-860-1200", "工作日 9:00–17:30 在线客服（页面右下角）")
                .verification(AFTER_MATERIALS, Set.of(), Set.of(FACE, TELECOM_3F), Set.of(FACE, TELECOM_3F))
                .materials(material(APPLICATION_FORM, true, 2, SCANS), material(BUSINESS_LICENSE, true, 2, SCANS),
                        material(ID_FRONT, true, 2, SCANS), material(ID_BACK, true, 2, SCANS),
                        material(SIGNATURE_PAGE, true, 2, SCANS))
                .flow(REVIEW_THEN_PAY, BANK_TRANSFER)
                .delivery(MAIL, PICKUP)
                .products(
                        Products.ukey("org", "机构数字证书", "机构在互通平台办理业务、签署文件使用，代表机构身份", ORGANIZATION, 1, 3, 1, 300, 80),
                        Products.ukey("org-individual", "机构个人数字证书", "机构员工以个人身份代表机构办理业务，证书载明所属机构",
                                ORGANIZATION_INDIVIDUAL, 1, 3, 1, 200, 80),
                        Products.ukey("personal", "个人数字证书", "自然人在互通平台以本人身份登录、签名", PERSONAL, 1, 3, 1, 150, 80));
    }

    private static DemoChannel coal() {
        return channel(COAL, "煤炭交易在线证书项目", "M",
                "煤炭交易在线平台的单位证书、法定代表人证书及电子印章。须先在煤炭交易在线平台完成企业注册。")
                .agreement("申请前订户须已在煤炭交易在线平台注册；纸质申请表加盖公章后须邮寄至本机构受理中心。")
                .support("400-653-0200", "在线客服：申请页面右下角")
                .verification(AFTER_MATERIALS, Set.of(), Set.of(FACE), Set.of())
                .materials(material(APPLICATION_FORM, true, 1, Set.of(JPG, JPEG, PNG)),
                        material(BUSINESS_LICENSE, true, 1, Set.of(JPG, JPEG, PNG)),
                        material(SEAL_SPECIMEN, false, 1, Set.of(PNG, JPG, JPEG)))
                .flow(REVIEW_THEN_PAY, WECHAT_QR, ALIPAY_QR, BANK_TRANSFER)
                .delivery(MAIL, PICKUP)
                .paperMailing("晋阳市迎泽大街 88 号 数字证书受理中心（邮编 030000）")
                .prerequisite(COAL_REGISTRY, "煤炭交易在线平台")
                .products(
                        Products.ukey("unit-cert", "单位证书及电子印章", "单位证书一张并制作单位电子公章，用于交易平台登录、签章", ORGANIZATION, 1, 2, 1, 400, 100),
                        Products.ukey("legal-rep-cert", "法定代表人证书及电子印章", "法定代表人本人证书并制作法人名章，用于合同签署",
                                LEGAL_REPRESENTATIVE, 1, 2, 1, 300, 100),
                        Products.cloud("eseal", "电子印章（追加）", "在已有单位证书之外追加一枚电子印章（合同章、财务章等），云端保管，扫码盖章", ESEAL, 1, 2, 5, 200));
    }

    private static DemoChannel supplyChain() {
        return channel(SUPPLY_CHAIN, "供应链金融云链证书项目", "G",
                "供应链金融平台供应商使用的企业证书：一张经办员证书、一张审核员证书，数量选 2，UKEY 介质。")
                .agreement("本项目须申请两张企业证书（经办员、审核员各一张），并通过企业对公打款验证。")
                .support("400-880-9800", "在线客服：工作日 9:00–18:00")
                .verification(AFTER_SUBMISSION, Set.of(MICRO_DEPOSIT), Set.of(), Set.of())
                .materials(material(BUSINESS_LICENSE, true, 1, IMAGES), material(AUTHORIZATION_LETTER, true, 1, IMAGES),
                        material(SEAL_SPECIMEN, false, 1, IMAGES))
                .flow(PAY_THEN_REVIEW, WECHAT_QR, ALIPAY_QR)
                .delivery(MAIL)
                .products(
                        Products.ukey("enterprise", "企业普通证书", "经办员、审核员各一张，用于供应链金融平台的融资申请与审批", ORGANIZATION, 1, 5, 2, 200, 60));
    }

    private static DemoChannel bidding() {
        return channel(BIDDING, "西南公共资源招投标云证书项目", "X",
                "招投标平台投标人使用的云证书，手机即可签名，无需 UKEY；单位证书、个人证书有效期一年，到期每年更新。")
                .agreement("云证书私钥由本机构密码设备保护，订户以手机短信验证码及证书 PIN 码控制使用。")
                .support("010-5851-5500", "在线客服：7×24 小时")
                .verification(BEFORE_PRODUCT, Set.of(MICRO_DEPOSIT, LEGAL_REP_TELECOM_3F, LEGAL_REP_BANKCARD_4F, LEGAL_REP_FACE),
                        Set.of(TELECOM_3F, BANKCARD_4F, FACE), Set.of(TELECOM_3F, BANKCARD_4F, FACE))
                .materials(material(BUSINESS_LICENSE, true, 2, Set.of(PDF, JPG, JPEG, PNG)),
                        material(ID_FRONT, true, 2, Set.of(JPG, JPEG, PNG)),
                        material(ID_BACK, true, 2, Set.of(JPG, JPEG, PNG)))
                .flow(PAY_THEN_REVIEW, WECHAT_QR, ALIPAY_QR)
                .delivery(NONE)
                .products(
                        Products.cloud("org-cloud", "单位云证书", "投标单位的云证书，手机扫码即可签名、解密投标文件，无需 UKEY", ORGANIZATION, 1, 1, 1, 400),
                        Products.cloud("personal-cloud", "个人云证书", "评标专家、投标联系人等个人使用的云证书，手机扫码签名", PERSONAL, 1, 1, 1, 400));
    }

    private static DemoChannel plateau() {
        return channel(PLATEAU, "高原公共资源交易证书项目", "G",
                "公共资源交易中心投标单位的 UKEY 证书，可在线新办、更新与解锁；支持邮寄或到受理点自取。")
                .agreement("选择“企业对公打款认证”的，证书密码将以 1 分钱打款附言告知。")
                .support("400-919-3100", "在线客服：工作日 8:30–17:30")
                .verification(BEFORE_PRODUCT, Set.of(LEGAL_REP_TELECOM_3F, MICRO_DEPOSIT, LEGAL_REP_BANKCARD_4F),
                        Set.of(TELECOM_3F), Set.of())
                .materials(material(BUSINESS_LICENSE, true, 2, SCANS), material(ID_FRONT, true, 2, SCANS),
                        material(ID_BACK, true, 2, SCANS), material(SIGNATURE_PAGE, true, 2, SCANS))
                .flow(PAY_THEN_REVIEW, ALIPAY_QR)
                .delivery(MAIL, PICKUP)
                .products(
                        Products.ukey("org-ukey", "单位证书（UKEY）", "投标单位在公共资源交易中心登录、投标、签章使用的 UKEY 证书",
                                ORGANIZATION, 1, 3, 1, 260, 90));
    }

    private static DemoChannel hospital() {
        return channel(HOSPITAL, "安康医疗电子签名证书项目", "A",
                "医疗机构医护人员电子病历签名使用的个人云证书；支持医院系统自带密钥（提交 PKCS#10 证书请求）。")
                .agreement("医护人员证书仅限本人在电子病历等医疗业务中使用，离职或调岗时应申请注销。")
                .support("400-700-1616", "医院信息科对接群或在线客服")
                .verification(BEFORE_PRODUCT, Set.of(), Set.of(), Set.of(FACE, TELECOM_3F))
                .materials(material(ID_FRONT, true, 2, Set.of(JPG, JPEG, PNG)), material(ID_BACK, true, 2, Set.of(JPG, JPEG, PNG)),
                        material(MaterialKind.OTHER, false, 2, Set.of(PDF, JPG, JPEG, PNG)))
                .flow(PAY_THEN_REVIEW, WECHAT_QR)
                .delivery(NONE)
                .holderCsrAllowed()
                .products(
                        Products.cloud("doctor-cloud", "医护人员个人云证书", "医生、护士签署电子病历、处方使用的个人云证书，可由医院系统自带密钥",
                                PERSONAL, 1, 3, 1, 120));
    }

    private static MaterialRequirement material(MaterialKind kind, boolean required, int megabytes,
            Set<FileFormat> formats) {
        return new MaterialRequirement(kind, required, megabytes * MaterialRequirement.ONE_MB, formats);
    }
}
