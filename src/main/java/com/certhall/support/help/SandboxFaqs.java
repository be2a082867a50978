package com.certhall.support.help;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sandbox's help centre at first start: the questions the CA manuals answer (SZCA §4, CFCA §6), answered for how
 * this service hall works, each linking the page it talks about. Staff edit them afterwards; nothing is seeded once
 * any question exists. Once the application is ready, so the catalog's demo channels (the keys below) exist.
 */
@Component
@Profile("sandbox")
class SandboxFaqs {

    private final JdbcFaqs faqs;
    private final HelpCentre help;

    SandboxFaqs(JdbcFaqs faqs, HelpCentre help) {
        this.faqs = faqs;
        this.help = help;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        if (faqs.count() > 0) {
            return;
        }
        help.replace(null, general(), "system:sandbox");
        channels().forEach((channel, drafts) -> {
            if (help.channel(channel).isPresent()) {
                help.replace(channel, drafts, "system:sandbox");
            }
        });
    }

    static List<FaqDraft> general() {
        return List.of(
                q("实名电信认证无法通过怎么办？",
                        "电信认证比对的是手机号在运营商登记的实名信息。请登录该号码运营商的 APP 核对姓名和证件号，"
                                + "不一致时先到运营商更正；也可以在订单中改用项目允许的其他核验方式（如人脸识别），或改为纸质办理。",
                        "The telecom check fails. What now?",
                        "The telecom check compares your entry with the real-name record of the mobile at its carrier. "
                                + "Check name and ID number in the carrier's app and have the carrier correct them; or "
                                + "choose another method the project allows (such as face recognition) or the paper path.",
                        "/orders"),
                q("完成申请后，证书怎么领取？",
                        "UKEY 证书制作完成后按订单选择的方式寄出（可在订单中查看运单号）或到受理点自取；云证书签发后直接出现在“我的证书”中，无需领取介质。",
                        "How do I receive my certificate?",
                        "A UKEY is mailed as chosen in the order (the tracking number shows on the order) or picked up "
                                + "at the service point; a cloud certificate appears under My certificates once issued.",
                        "/certificates"),
                q("证书 PIN 码（口令）怎么获取？",
                        "证书签发后，系统以短信把口令发送到经办人已验证的手机；选择企业对公打款认证的项目，口令在 0.01 元打款的附言中告知。",
                        "How do I get the certificate PIN?",
                        "After issuance the PIN is sent by SMS to the handler's verified mobile; in projects verified "
                                + "by a corporate micro-deposit it travels in the memo of a 0.01 yuan transfer.",
                        "/certificates"),
                q("登录页面点登录无响应或登录不上怎么办？",
                        "本站登录不需要安装控件，可直接输入或粘贴。密码连续输错 5 次后密码登录会暂停一段时间，此时可改用短信验证码登录，或通过“忘记密码”重置。",
                        "Nothing happens when I sign in, or I cannot sign in.",
                        "Signing in here needs no browser plug-in; typing or pasting both work. After 5 wrong "
                                + "passwords, password sign-in pauses for a while: sign in with an SMS code instead, or "
                                + "reset the password.",
                        "/login"),
                q("填写信息都正确，为什么还提示格式有问题？",
                        "系统会自动去掉复制粘贴带入的空格和短横线。仍提示时，错误信息会写明是哪一项、哪条规则（如统一社会信用代码的校验位），请逐位核对，注意字母 O 与数字 0。",
                        "Everything is right, so why does it say the format is wrong?",
                        "Spaces and dashes pasted with a number are removed automatically. If a field is still refused, "
                                + "the message names it and the rule (such as the check digit of the USCC); compare it "
                                + "character by character, minding the letter O and the digit 0.",
                        "/orders"),
                q("收货地址填错了，需要修改怎么办？",
                        "订单提交后、证书签发前且 UKEY 尚未寄出时，可在“我的订单”中打开订单，自行修改邮寄地址；已寄出的请联系在线客服。",
                        "The delivery address is wrong. How do I change it?",
                        "After submission and until the certificate is issued and the UKEY has not been shipped, open "
                                + "the order under My orders and change the mailing address yourself; once shipped, ask "
                                + "online support.",
                        "/orders"),
                q("怎么查询办理进度？",
                        "登录后在“我的订单”查看状态和可以进行的操作；未登录也可以在“订单查询”中输入统一社会信用代码或身份证号和经办人手机号，凭短信验证码查询。",
                        "How do I see where my order stands?",
                        "Signed in, My orders shows each order's state and what you can do next; without signing in, "
                                + "the order query takes the USCC or ID number and the handler's mobile with an SMS code.",
                        "/order-query"),
                q("人工审核的结果怎么通知？",
                        "审核通过或驳回都会以短信通知经办人，驳回时短信和订单页都写明原因；按原因修改后可以重新提交。",
                        "How am I told the result of a manual review?",
                        "Approval and rejection are both sent by SMS to the handler; a rejection gives its reason in the "
                                + "SMS and on the order page. Correct what it names and submit again.",
                        "/orders"),
                q("注册手机号已丢失或停用，怎么更换？",
                        "在“原手机号丢失”页面上传营业执照（企业）或身份证（个人）和经办人身份证，并用新手机号接收验证码；客服审核通过后账户手机号更换，原有登录全部退出，新旧号码都会收到短信。",
                        "My registered mobile is lost. How do I replace it?",
                        "On the lost-mobile page, upload the business licence (enterprise) or ID card (person) and the "
                                + "handler's ID, and confirm the new mobile with an SMS code; once staff approve, the "
                                + "account's mobile changes, every sign-in ends and both numbers are told by SMS.",
                        "/account-recovery/mobile"),
                q("怎么联系在线客服？",
                        "点击任一页面右下角的“在线客服”。未登录也可以咨询，先用手机短信验证码确认联系号码；从订单页发起的咨询会关联该订单。",
                        "How do I reach online support?",
                        "Click Online support at the bottom right of any page. Without signing in you confirm a contact "
                                + "mobile with an SMS code first; a conversation started from an order page is attached "
                                + "to that order.",
                        "/support"));
    }

    /** Each demo channel's own questions (the catalog's channel records keep none: one store, docs/help.md). */
    static Map<String, List<FaqDraft>> channels() {
        return Map.of(
                "zy-interop", List.of(
                        q("本项目怎么付款？", "本项目先审核后付款：审核通过后在订单中按页面给出的账户对公转账，并上传转账凭证。",
                                "How do I pay in this project?",
                                "Review comes first: once approved, pay by bank transfer to the account the order "
                                        + "page shows and upload the transfer voucher.",
                                "/orders"),
                        q("实名电信认证无法通过怎么办？",
                                "请登录手机号码对应的运营商 APP 核对实名信息，与所填信息不一致时先到运营商处更正，再办理数字证书。",
                                "The telecom identity check fails. What can I do?",
                                "Check the real-name details in your mobile operator's app; if they differ from what "
                                        + "you typed, have the operator correct them first, then apply again.",
                                "/orders"),
                        q("完成申请后证书怎么领取？", "审核通过并确认收款后，证书 UKEY 将邮寄到经办人填写的地址，也可选择到受理点自取。",
                                "How do I receive the certificate?",
                                "Once approved and paid, the UKEY is mailed to the handler's address, or you collect "
                                        + "it at the service desk if you chose pick-up.",
                                "/orders"),
                        q("证书 PIN 码怎么获取？", "证书制作完成后，系统会把 PIN 码以短信发送到经办人本人手机。",
                                "How do I get the certificate PIN?",
                                "When the certificate is made, the PIN is sent by SMS to the handler's own mobile.",
                                "/certificates")),
                "scf-chain", List.of(
                        q("为什么要选 2 张证书？", "平台业务要求经办员与审核员各持一张证书，请在数量中选择 2。",
                                "Why two certificates?",
                                "The platform needs one certificate for the clerk and one for the approver: choose a "
                                        + "quantity of 2.",
                                "/apply/scf-chain"),
                        q("填写信息都正确为什么还提示格式有问题？", "复制粘贴的纳税人识别号、银行账号中常带有空格，系统会自动去除；仍有问题请逐位核对。",
                                "Everything is right, so why is the format refused?",
                                "Pasted tax numbers and bank accounts often carry spaces; they are removed for you. "
                                        + "If it is still refused, compare digit by digit.",
                                "/orders"),
                        q("打款验证金额多久有效？", "打款金额 72 小时内有效，最多可验证 3 次；不通过将转人工审核。",
                                "How long is the micro-deposit amount valid?",
                                "72 hours, with at most 3 tries; after that the order goes to manual review.",
                                "/orders")),
                "coal-trade", List.of(
                        q("为什么提示未在交易平台注册？", "本项目只受理已在煤炭交易在线平台注册的企业，请先到平台完成注册后再申请。",
                                "Why does it say the company is not registered with the trading platform?",
                                "This project only serves companies registered with the coal trading platform: "
                                        + "register there first, then apply.",
                                "/apply/coal-trade"),
                        q("申请表扫描件太大无法上传？", "本项目每个文件不超过 1MB，格式为 JPG 或 PNG，可降低扫描分辨率（如 150 dpi）后再上传。",
                                "The scanned form is too large to upload.",
                                "Each file may be at most 1 MB, as JPG or PNG: scan at a lower resolution "
                                        + "(150 dpi) and upload again.",
                                "/orders"),
                        q("需要邮寄纸质资料吗？", "需要。审核通过后在“我的订单”中点击“邮寄纸质资料”，填写快递单号。",
                                "Do I have to mail the paper forms?",
                                "Yes. Once approved, open the order under My orders, choose Mail paper materials and "
                                        + "enter the tracking number.",
                                "/orders")),
                "bid-cloud", List.of(
                        q("哪种认证方式不需要法定代表人参与？", "企业对公打款认证无需法定代表人操作；其余三种需要法定代表人手机接收验证码或刷脸。",
                                "Which check does not need the legal representative?",
                                "The corporate micro-deposit: the other three need the legal representative's mobile "
                                        + "code or face.",
                                "/apply/bid-cloud"),
                        q("订单中断了怎么办？", "在“我的订单—未完成订单”中继续办理；如要重新申请，请先取消未完成的订单。",
                                "My order was interrupted. What now?",
                                "Continue it under My orders (unfinished orders); to start again, cancel the "
                                        + "unfinished order first.",
                                "/orders"),
                        q("审核需要多久？", "支付后 1–3 个工作日完成材料审核，结果以短信和邮件通知。",
                                "How long does the review take?",
                                "One to three working days after payment; the result comes by SMS and e-mail.",
                                "/orders")),
                "plateau-trade", List.of(
                        q("可以线上申请、线下自取吗？", "可以。配送方式选择“自取”，取件的经办人须与在线订单填写的经办人为同一人。",
                                "Can I apply online and collect in person?",
                                "Yes. Choose pick-up as delivery; the person collecting must be the handler named in "
                                        + "the online order.",
                                "/apply/plateau-trade"),
                        q("上传的证件要求？", "营业执照、经办人身份证请扫描上传，不要翻拍；复印件须加盖公章。",
                                "What do the uploaded documents need?",
                                "Scan the business licence and the handler's ID card, do not photograph a screen or "
                                        + "a copy; copies must carry the company seal.",
                                "/orders")),
                "health-esign", List.of(
                        q("医院系统已有密钥，可以只申请证书吗？", "可以。在产品步骤上传 PEM 格式的 PKCS#10 证书请求，平台核对后签发。",
                                "The hospital system has its own key. Can I apply for the certificate only?",
                                "Yes. Upload a PKCS#10 certificate request in PEM at the product step; it is checked "
                                        + "and then signed.",
                                "/apply/health-esign"),
                        q("刷脸认证失败怎么办？", "请在光线充足处重试；多次失败可改用手机号三要素认证。",
                                "The face check fails. What can I do?",
                                "Try again in good light; after several failures use the mobile three-factor check "
                                        + "instead.",
                                "/orders")));
    }

    private static FaqDraft q(String qz, String az, String qe, String ae, String link) {
        return new FaqDraft(qz, az, qe, ae, link);
    }
}
