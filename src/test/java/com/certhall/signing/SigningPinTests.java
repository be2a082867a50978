package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.support.KnownPortIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Activation, PIN reset and the signature log over REST as the holder's client and a partner call them
 * (docs/signing.md): a new cloud credential signs nothing until its holder sets a PIN that is not trivial; five wrong
 * PINs lock it; a reset needs a new SMS code and the handler's ID number and lifts the lock; the log shows who
 * asked, what for, the document hash and the result, a page at a time.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class SigningPinTests extends CloudSigningTestBase {

    static final String SHA256 = "2.16.840.1.101.3.4.2.1";

    @Autowired
    AccountsTestSupport.Recorder recorder;

    @Test
    void aNewCredentialSignsOnlyAfterTheHolderSetsAPinThatIsNotTrivial() throws Exception {
        CloudHolders.Holder holder = holders.register();
        String serial = holders.issueInactive(holder, "EC_P256");
        CscClient partner = partner(accounts, "渝E招投标平台");
        String hash = sha256("投标函");

        Map<String, Object> state = accounts.call(HttpMethod.GET, pinPath(serial), holder.token(), null).getBody();
        assertThat(state).containsEntry("activated", false).containsEntry("locked", false);
        // no PIN was ever sent: nothing authorizes the credential before activation
        ResponseEntity<Map> early = partner.post("credentials/authorize", authorize(serial, List.of(hash), "12345678"));
        assertThat(early.getStatusCode().value()).isEqualTo(400);
        assertThat((String) early.getBody().get("error_description")).contains("not activated");

        assertThat(accounts.call(HttpMethod.POST, pinPath(serial) + "/sms-code", holder.token(), null)
                .getStatusCode().value()).isEqualTo(201);
        String code = recorder.codeFor(holder.mobile());
        for (String trivial : List.of("123456", "888888", "121212", "654321", holder.mobile().substring(5))) {
            ResponseEntity<Map> refused = activate(accounts, holder, serial, code, trivial, trivial);
            assertThat(refused.getStatusCode().value()).as(trivial).isEqualTo(400);
            assertThat((List<Map>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                    .as(trivial).containsExactly("pin");
        }
        ResponseEntity<Map> short5 = activate(accounts, holder, serial, code, "58302", "58302");
        assertThat((List<Map>) short5.getBody().get("errors")).extracting(e -> e.get("field")).containsExactly("pin");
        ResponseEntity<Map> differ = activate(accounts, holder, serial, code, "583027", "583028");
        assertThat((List<Map>) differ.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("pinAgain");
        ResponseEntity<Map> wrongCode = activate(accounts, holder, serial, code.equals("000000") ? "111111"
                : "000000", "583027", "583027");
        assertThat((List<Map>) wrongCode.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("smsCode");

        ResponseEntity<Map> done = activate(accounts, holder, serial, code, "583027", "583027");
        assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(200);
        assertThat(done.getBody()).containsEntry("activated", true).containsEntry("retriesLeft", 5);
        // activation happens once; a second one is a conflict, not a silent PIN change
        assertThat(activate(accounts, holder, serial, code, "583027", "583027").getStatusCode().value())
                .isEqualTo(409);
        Map sad = partner.ok("credentials/authorize", authorize(serial, List.of(hash), "583027"));
        assertThat(sad.get("SAD")).isNotNull();
    }

    @Test
    void fiveWrongPinsLockAResetWithSmsAndIdNumberUnlocksAndTheLogShowsItAllPaged() throws Exception {
        CloudHolders.Holder holder = holders.register();
        CloudHolders.Credential credential = holders.issue(holder, "EC_P256");
        CscClient partner = partner(accounts, "渝E招投标平台");
        String hash = sha256("资格审查文件");
        for (int i = 0; i < 5; i++) {
            partner.post("credentials/authorize", authorize(credential.serial(), List.of(hash), "902718"));
        }
        assertThat(accounts.call(HttpMethod.GET, pinPath(credential.serial()), holder.token(), null).getBody())
                .containsEntry("locked", true).containsEntry("retriesLeft", 0);
        assertThat((String) partner.post("credentials/authorize", authorize(credential.serial(), List.of(hash),
                CloudHolders.PIN)).getBody().get("error_description")).contains("locked");

        // the reset needs the handler's ID number as well as the code
        accounts.call(HttpMethod.POST, pinPath(credential.serial()) + "/sms-code", holder.token(), null);
        String code = recorder.codeFor(holder.mobile());
        ResponseEntity<Map> wrongId = reset(accounts, holder, credential.serial(), code, Identities.residentId(),
                "470396");
        assertThat(wrongId.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map>) wrongId.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("idNumber");
        ResponseEntity<Map> reset = reset(accounts, holder, credential.serial(), code, FacadeOrders.HANDLER_ID,
                "470396");
        assertThat(reset.getStatusCode().value()).as(String.valueOf(reset.getBody())).isEqualTo(200);
        assertThat(reset.getBody()).containsEntry("locked", false).containsEntry("retriesLeft", 5)
                .containsEntry("resets", 1);
        // the old PIN is gone; the new one signs 21 hashes in one call, then 20 more one by one: more than a page
        assertThat(partner.post("credentials/authorize", authorize(credential.serial(), List.of(hash),
                CloudHolders.PIN)).getBody()).containsEntry("error", "invalid_authentication_data");
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            hashes.add(sha256("标段 " + i));
        }
        Map sad = partner.ok("credentials/authorize", authorize(credential.serial(), hashes, "470396"));
        assertThat((List) partner.ok("signatures/signHash", Map.of("credentialID", credential.serial(), "SAD",
                sad.get("SAD"), "hashes", hashes, "hashAlgorithmOID", SHA256, "signAlgo", "1.2.840.10045.4.3.2"))
                .get("signatures")).hasSize(21);
        List<String> singles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String one = sha256("补充材料 " + i);
            singles.add(one);
            Map oneSad = partner.ok("credentials/authorize", authorize(credential.serial(), List.of(one), "470396"));
            assertThat((List) partner.ok("signatures/signHash", Map.of("credentialID", credential.serial(), "SAD",
                    oneSad.get("SAD"), "hashes", List.of(one), "hashAlgorithmOID", SHA256, "signAlgo",
                    "1.2.840.10045.4.3.2")).get("signatures")).hasSize(1);
        }

        // 5 refusals (4 wrong, 1 locking), 1 locked, 1 wrong after the reset, 21 signing calls: 28 entries
        Map first = accounts.call(HttpMethod.GET, "/api/v1/signing/log", holder.token(), null).getBody();
        assertThat(first).containsEntry("total", 28).containsEntry("page", 0).containsEntry("size", 20);
        List<Map> items = (List<Map>) first.get("items");
        assertThat(items).hasSize(20).allSatisfy(e -> assertThat(e).containsEntry("result", "SIGNED")
                .containsEntry("partner", "渝E招投标平台").containsEntry("description", "资格预审"));
        Map second = accounts.call(HttpMethod.GET, "/api/v1/signing/log?page=1", holder.token(), null).getBody();
        List<Map> rest = (List<Map>) second.get("items");
        assertThat(rest).extracting(e -> e.get("result")).containsOnly("SIGNED", "WRONG_PIN", "LOCKED")
                .contains("WRONG_PIN", "LOCKED").hasSize(8);
        // the call of 21 is one entry naming its hashes in the order signed; together the pages hold every hash once
        List<Object> signedHashes = new ArrayList<>();
        for (Map e : Stream.concat(items.stream(), rest.stream()).filter(e -> "SIGNED".equals(e.get("result")))
                .toList()) {
            List<Object> named = (List<Object>) e.get("hashesHex");
            assertThat(e.get("hashHex")).isEqualTo(named.get(0));
            if (named.size() > 1) {
                assertThat(named).containsExactlyElementsOf(hashes.stream().map(h -> (Object) hex(h)).toList());
            }
            signedHashes.addAll(named);
        }
        assertThat(signedHashes).containsExactlyInAnyOrderElementsOf(Stream.concat(hashes.stream(),
                singles.stream()).map(h -> (Object) hex(h)).toList());
        // another holder sees none of it
        CloudHolders.Holder other = holders.register();
        assertThat(accounts.call(HttpMethod.GET, "/api/v1/signing/log", other.token(), null).getBody())
                .containsEntry("total", 0);
        assertThat(accounts.call(HttpMethod.GET, pinPath(credential.serial()), other.token(), null)
                .getStatusCode().value()).isEqualTo(404);
    }

    static CscClient partner(AccountsClient accounts, String name) {
        return CscClient.registered(accounts, CloudHolders.CHANNEL, name);
    }

    static Map<String, Object> authorize(String serial, List<String> hashes, String pin) {
        return Map.of("credentialID", serial, "numSignatures", hashes.size(), "hashes", hashes,
                "hashAlgorithmOID", SHA256, "description", "资格预审", "authData",
                List.of(Map.of("id", "PIN", "value", pin)));
    }

    private static ResponseEntity<Map> activate(AccountsClient accounts, CloudHolders.Holder holder, String serial,
            String code, String pin, String again) {
        return accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial + "/activation",
                holder.token(), Map.of("smsCode", code, "pin", pin, "pinAgain", again));
    }

    private static ResponseEntity<Map> reset(AccountsClient accounts, CloudHolders.Holder holder, String serial,
            String code, String idNumber, String pin) {
        return accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial + "/pin-reset",
                holder.token(), Map.of("smsCode", code, "idNumber", idNumber, "pin", pin, "pinAgain", pin));
    }

    private static String pinPath(String serial) {
        return "/api/v1/signing/credentials/" + serial + "/pin";
    }

    static String sha256(String text) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String hex(String b64) {
        return HexFormat.of().formatHex(Base64.getDecoder().decode(b64));
    }
}
