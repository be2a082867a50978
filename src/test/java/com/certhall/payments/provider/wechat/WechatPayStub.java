package com.certhall.payments.provider.wechat;

import static com.certhall.support.StubServer.rsa;
import static com.certhall.support.StubServer.verifyRsa;

import com.certhall.support.StubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local WeChat Pay API v3 that speaks the protocol as its documentation describes: it checks each request's
 * {@code WECHATPAY2-SHA256-RSA2048} Authorization against the merchant's public key, answers the documented JSON
 * shapes and signs every answer ({@code Wechatpay-*} headers) with its own key; it also builds signed, encrypted
 * payment notifications. Keys are made per test run.
 */
final class WechatPayStub extends StubServer.Stub {

    static final String MCHID = "1900009191";
    static final String APPID = "wxd678efh567hg6787";
    static final String MERCHANT_SERIAL = "408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB";
    static final String PLATFORM_KEY_ID = "PUB_KEY_ID_0114232204112025";
    static final String API_V3_KEY = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AUTH = Pattern.compile(
            "WECHATPAY2-SHA256-RSA2048 mchid=\"([^\"]+)\",nonce_str=\"([^\"]+)\",signature=\"([^\"]+)\","
                    + "timestamp=\"([^\"]+)\",serial_no=\"([^\"]+)\"");

    final KeyPair merchant = rsa();
    final KeyPair platform = rsa();
    final List<Map<String, Object>> requests = new ArrayList<>();
    final Map<String, JsonNode> orders = new HashMap<>();
    /** When set, the next answer is signed with this key instead of the platform's (a forged answer). */
    KeyPair forgeWith;

    WechatPayStub() throws IOException {
        super("/v3/");
    }

    String merchantKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(merchant.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    String platformKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(platform.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    void markPaid(String outTradeNo, String transactionId) {
        var order = (com.fasterxml.jackson.databind.node.ObjectNode) orders.get(outTradeNo);
        order.put("trade_state", "SUCCESS").put("transaction_id", transactionId);
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        String url = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Matcher auth = AUTH.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        if (!auth.matches() || !MCHID.equals(auth.group(1)) || !MERCHANT_SERIAL.equals(auth.group(5))
                || !verifyRsa(merchant.getPublic(), method + "\n" + url + "\n" + auth.group(4) + "\n" + auth.group(2) + "\n" + body
                        + "\n", auth.group(3))) {
            answer(exchange, 401, "{\"code\":\"SIGN_ERROR\",\"message\":\"签名错误\"}");
            return;
        }
        requests.add(Map.of("method", method, "url", url, "body", body));
        String path = exchange.getRequestURI().getPath();
        JsonNode request = body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        if (path.equals("/v3/pay/transactions/native")) {
            String no = request.path("out_trade_no").asText();
            var order = JSON.createObjectNode().put("appid", APPID).put("mchid", MCHID).put("out_trade_no", no)
                    .put("trade_state", "NOTPAY");
            order.putObject("amount").put("total", request.path("amount").path("total").asLong()).put("currency", "CNY");
            orders.putIfAbsent(no, order);
            answer(exchange, 200, "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=" + no.substring(0, 8) + "\"}");
        } else if (path.matches("/v3/pay/transactions/out-trade-no/[^/]+/close")) {
            JsonNode order = orders.get(path.split("/")[5]);
            if (order != null && "SUCCESS".equals(order.path("trade_state").asText())) {
                answer(exchange, 400, "{\"code\":\"ORDERPAID\",\"message\":\"订单已支付\"}");
            } else {
                if (order != null) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) order).put("trade_state", "CLOSED");
                }
                answer(exchange, 204, "");
            }
        } else if (path.startsWith("/v3/pay/transactions/out-trade-no/")) {
            JsonNode order = orders.get(path.substring("/v3/pay/transactions/out-trade-no/".length()));
            if (order == null) {
                answer(exchange, 404, "{\"code\":\"ORDER_NOT_EXIST\",\"message\":\"订单不存在\"}");
            } else {
                answer(exchange, 200, order.toString());
            }
        } else if (path.equals("/v3/refund/domestic/refunds")) {
            answer(exchange, 200, "{\"refund_id\":\"50000000382019052709732678859\",\"out_refund_no\":\""
                    + request.path("out_refund_no").asText() + "\",\"transaction_id\":\""
                    + request.path("transaction_id").asText() + "\",\"channel\":\"ORIGINAL\",\"status\":\"PROCESSING\","
                    + "\"create_time\":\"2026-12-05T21:00:00+08:00\",\"amount\":{\"total\":"
                    + request.path("amount").path("total").asLong() + ",\"refund\":"
                    + request.path("amount").path("refund").asLong() + ",\"currency\":\"CNY\"}}");
        } else {
            answer(exchange, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such API\"}");
        }
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = Long.toHexString(new SecureRandom().nextLong());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Wechatpay-Timestamp", timestamp);
        exchange.getResponseHeaders().add("Wechatpay-Nonce", nonce);
        exchange.getResponseHeaders().add("Wechatpay-Serial", PLATFORM_KEY_ID);
        exchange.getResponseHeaders().add("Wechatpay-Signature",
                sign(forgeWith != null ? forgeWith : platform, timestamp + "\n" + nonce + "\n" + body + "\n"));
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    /** A payment notification as WeChat Pay posts it: headers and body, the transaction encrypted and signed. */
    Map<String, String> notification(String outTradeNo, String transactionId, long totalFen, long signedAtEpoch,
            StringBuilder body) throws GeneralSecurityException {
        String transaction = "{\"mchid\":\"" + MCHID + "\",\"appid\":\"" + APPID + "\",\"out_trade_no\":\""
                + outTradeNo + "\",\"transaction_id\":\"" + transactionId + "\",\"trade_type\":\"NATIVE\","
                + "\"trade_state\":\"SUCCESS\",\"trade_state_desc\":\"支付成功\",\"bank_type\":\"CMC\","
                + "\"success_time\":\"2026-12-05T21:00:00+08:00\",\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},"
                + "\"amount\":{\"total\":" + totalFen + ",\"payer_total\":" + totalFen
                + ",\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
        String nonce = "fdasflkja484";
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        cipher.updateAAD("transaction".getBytes(StandardCharsets.UTF_8));
        String ciphertext = Base64.getEncoder().encodeToString(cipher.doFinal(transaction.getBytes(StandardCharsets.UTF_8)));
        body.append("{\"id\":\"EV-2018022511223320873\",\"create_time\":\"2026-12-05T21:00:01+08:00\","
                + "\"resource_type\":\"encrypt-resource\",\"event_type\":\"TRANSACTION.SUCCESS\",\"summary\":\"支付成功\","
                + "\"resource\":{\"original_type\":\"transaction\",\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\""
                + ciphertext + "\",\"associated_data\":\"transaction\",\"nonce\":\"" + nonce + "\"}}");
        String timestamp = Long.toString(signedAtEpoch);
        String headerNonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
        return Map.of("wechatpay-timestamp", timestamp, "wechatpay-nonce", headerNonce,
                "wechatpay-serial", PLATFORM_KEY_ID,
                "wechatpay-signature", sign(platform, timestamp + "\n" + headerNonce + "\n" + body + "\n"));
    }

    static String sign(KeyPair key, String message) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key.getPrivate());
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
