package com.certhall.verification.provider.sandbox;

import com.certhall.shared.BankCardNumber;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the simulated carrier, card network, banks and public-security photo register know: people with their
 * mobiles, bank cards with holder and reserved mobile, and companies with their settlement account. Seeded with a
 * few valid identities (real check digits, Luhn-valid cards); testers add more on {@code /sandbox/identities}.
 */
@Component
@Profile("sandbox")
public class SandboxIdentities {

    public record Person(String name, String idNumber, String mobile) {
    }

    public record Card(String cardNumber, String bankName, String holderName, String holderId,
            String reservedMobile) {
    }

    public record Company(String name, String uscc, String bankName, String account) {
    }

    private final List<Person> people = new CopyOnWriteArrayList<>(List.of(
            new Person("张三", "11010519491231002X", "13800138000"),
            new Person("李四", "360426199101010071", "13900139000"),
            new Person("王芳", "310115198503121234", "13700137000"),
            new Person("赵强", "440304199007154569", "15800158000"),
            new Person("陈静", "110108198808083311", "18600186000")));
    private final List<Card> cards = new CopyOnWriteArrayList<>(List.of(
            new Card("6217000000001234560", "中国建设银行", "张三", "11010519491231002X", "13800138000"),
            new Card("6222020000123456782", "中国工商银行", "李四", "360426199101010071", "13900139000"),
            new Card("6236680000987654325", "中国建设银行", "王芳", "310115198503121234", "13700137000"),
            new Card("6214830000111122229", "招商银行", "赵强", "440304199007154569", "15800158000")));
    private final List<Company> companies = new CopyOnWriteArrayList<>(List.of(
            new Company("北京示例科技有限公司", "91110000600037341L", "中国工商银行北京海淀支行", "0200004509000123456"),
            new Company("安徽淮北示例能源有限公司", "91340600MA2PBM9HXD", "中国建设银行淮北分行", "34050169860800001234"),
            new Company("上海浦东示例贸易有限公司", "91310115MA1K4ABC18", "招商银行上海张江支行", "121909876510801"),
            new Company("深圳示例信息技术有限公司", "91440300MA5FXY312Q", "中国银行深圳科技园支行", "745768912345")));

    public List<Person> people() {
        return List.copyOf(people);
    }

    public List<Card> cards() {
        return List.copyOf(cards);
    }

    public List<Company> companies() {
        return List.copyOf(companies);
    }

    public boolean personMatches(String name, String idNumber, String mobile) {
        return people.stream().anyMatch(p -> p.name().equals(name) && p.idNumber().equals(idNumber)
                && p.mobile().equals(mobile));
    }

    public boolean personKnown(String name, String idNumber) {
        return people.stream().anyMatch(p -> p.name().equals(name) && p.idNumber().equals(idNumber));
    }

    public boolean cardMatches(String cardNumber, String name, String idNumber, String reservedMobile) {
        return cards.stream().anyMatch(c -> c.cardNumber().equals(cardNumber) && c.holderName().equals(name)
                && c.holderId().equals(idNumber) && c.reservedMobile().equals(reservedMobile));
    }

    public java.util.Optional<Company> companyByAccount(String account) {
        return companies.stream().filter(c -> c.account().equals(account)).findFirst();
    }

    /**
     * One identity a tester adds: {@code type} PERSON (name, idNumber, mobile), CARD (+ cardNumber, bankName) or
     * COMPANY (name, uscc, bankName, bankAccount).
     */
    public record NewIdentity(String type, @Nullable String name, @Nullable String idNumber, @Nullable String mobile,
            @Nullable String cardNumber, @Nullable String bankName, @Nullable String uscc,
            @Nullable String bankAccount) {
    }

    /** Adds the identity {@code body} describes (a person when its type is neither CARD nor COMPANY). */
    public Object add(NewIdentity body) {
        return switch (body.type() == null ? "" : body.type().toUpperCase(Locale.ROOT)) {
            case "CARD" -> addCard(body.cardNumber(), body.bankName(), body.name(), body.idNumber(), body.mobile());
            case "COMPANY" -> addCompany(body.name(), body.uscc(), body.bankName(), body.bankAccount());
            default -> addPerson(body.name(), body.idNumber(), body.mobile());
        };
    }

    /** Adds a person (and the mobile registered to them); checks the numbers like the real registers would. */
    public Person addPerson(String name, String idNumber, String mobile) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String n = requireName(errors, name);
        ResidentIdNumber id = errors.check(() -> ResidentIdNumber.parse("idNumber", idNumber));
        MobileNumber m = errors.check(() -> MobileNumber.parse("mobile", mobile));
        errors.throwIfAny();
        Person p = new Person(n, id.value(), m.value());
        people.add(p);
        return p;
    }

    /** Adds a bank card; its holder becomes a known person as well. */
    public Card addCard(String cardNumber, String bankName, String name, String idNumber, String mobile) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String n = requireName(errors, name);
        BankCardNumber card = errors.check(() -> BankCardNumber.parse("cardNumber", cardNumber));
        ResidentIdNumber id = errors.check(() -> ResidentIdNumber.parse("idNumber", idNumber));
        MobileNumber m = errors.check(() -> MobileNumber.parse("mobile", mobile));
        String bank = requireText(errors, "bankName", bankName);
        errors.throwIfAny();
        Card c = new Card(card.value(), bank, n, id.value(), m.value());
        cards.add(c);
        if (!personKnown(n, id.value())) {
            people.add(new Person(n, id.value(), m.value()));
        }
        return c;
    }

    public Company addCompany(String name, String uscc, String bankName, String account) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String n = requireName(errors, name);
        Uscc code = errors.check(() -> Uscc.parse("uscc", uscc));
        String bank = requireText(errors, "bankName", bankName);
        String acct = account == null ? "" : account.replaceAll("[\\s-]", "");
        if (!acct.matches("\\d{8,32}")) {
            errors.add(com.certhall.shared.FieldViolation.of("bankAccount", "format", "verification.bankAccount.format",
                    "bankAccount"));
        }
        errors.throwIfAny();
        Company c = new Company(n, code.value(), bank, acct);
        companies.add(c);
        return c;
    }

    private static String requireName(InvalidInputException.Collector errors, String name) {
        return requireText(errors, "name", name);
    }

    private static String requireText(InvalidInputException.Collector errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(com.certhall.shared.FieldViolation.of(field, "required", "validation.required", field));
            return "";
        }
        return value.strip();
    }
}
