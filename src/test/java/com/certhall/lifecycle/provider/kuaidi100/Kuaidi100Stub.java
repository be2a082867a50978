package com.certhall.lifecycle.provider.kuaidi100;

import com.certhall.support.StubServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local {@code poll/query.do}: a form POST of {@code customer}, {@code sign}, {@code param}; the sign is checked
 * as Kuaidi100's documentation defines it (MD5 of param + key + customer, 32 upper-case hex digits, computed here on
 * its own) and answers come in the provider's JSON shapes — a trace list with {@code state}, or {@code result:false}
 * with a {@code returnCode} (503 验证签名失败, 500 查询无结果, 408 phone check, 400 unknown company).
 */
final class Kuaidi100Stub extends StubServer.Stub {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\"([^\"]*)\"");

    /** Waybill number → the JSON answer for it. */
    final Map<String, String> traces = new ConcurrentHashMap<>();
    final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    private final String customer;
    private final String key;
    private final String phoneLastFour;

    Kuaidi100Stub(String customer, String key, String phoneLastFour) throws IOException {
        super("/poll/query.do");
        this.customer = customer;
        this.key = key;
        this.phoneLastFour = phoneLastFour;
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!"POST".equals(exchange.getRequestMethod()) || type == null
                    || !type.startsWith("application/x-www-form-urlencoded")) {
                answer(exchange, 405, "");
                return;
            }
            Map<String, String> form = StubServer.form(body);
            forms.add(Map.copyOf(form));
            String param = form.getOrDefault("param", "");
            if (!customer.equals(form.get("customer")) || !md5Upper(param + key + customer).equals(form.get("sign"))) {
                answer(exchange, 200, refusal("503", "验证签名失败"));
                return;
            }
            Map<String, String> query = new HashMap<>();
            Matcher m = FIELD.matcher(param);
            while (m.find()) {
                query.put(m.group(1), m.group(2));
            }
            if (!List.of("shunfeng", "ems", "jd").contains(query.get("com"))) {
                answer(exchange, 200, refusal("400", "找不到对应公司"));
                return;
            }
            if ("shunfeng".equals(query.get("com")) && !phoneLastFour.equals(query.get("phone"))) {
                answer(exchange, 200, refusal("408", "快递公司参数异常：手机号码后四位验证错误"));
                return;
            }
            String trace = traces.get(query.get("num"));
            answer(exchange, 200, trace == null ? refusal("500", "查询无结果，请隔段时间再查") : trace);
        }
    }

    /** A trace answer as Kuaidi100 sends it (newest first), with {@code state} and the given (time, context) lines. */
    static String trace(String com, String num, String state, String... timesAndContexts) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < timesAndContexts.length; i += 2) {
            data.append(i == 0 ? "" : ",").append("{\"time\":\"").append(timesAndContexts[i])
                    .append("\",\"context\":\"").append(timesAndContexts[i + 1]).append("\",\"ftime\":\"")
                    .append(timesAndContexts[i]).append("\"}");
        }
        return "{\"message\":\"ok\",\"nu\":\"" + num + "\",\"ischeck\":\"" + ("3".equals(state) ? "1" : "0")
                + "\",\"condition\":\"F00\",\"com\":\"" + com + "\",\"status\":\"200\",\"state\":\"" + state
                + "\",\"data\":[" + data + "]}";
    }

    private static String refusal(String code, String message) {
        return "{\"result\":false,\"returnCode\":\"" + code + "\",\"message\":\"" + message + "\"}";
    }

    private static String md5Upper(String text) {
        return StubServer.hex(StubServer.md5(text.getBytes(StandardCharsets.UTF_8))).toUpperCase(Locale.ROOT);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        StubServer.answer(exchange, status, "application/json;charset=UTF-8", json);
    }
}
