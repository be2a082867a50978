package com.certhall.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The sandbox's message inbox ({@code /sandbox/api/messages}) as a tester reads it: texts per recipient. */
public final class SandboxInbox {

    /** A six-digit code after a colon, as every CertHall code SMS writes it. */
    public static final Pattern CODE = Pattern.compile("[：:]\\s*(\\d{6})");
    static final Duration WAIT = Duration.ofSeconds(30);

    private final TestRestTemplate http;

    public SandboxInbox(TestRestTemplate http) {
        this.http = http;
    }

    /** Texts sent to {@code to} that contain {@code containing}, newest first. */
    @SuppressWarnings("unchecked")
    public List<String> texts(String to, String containing) {
        return List.of(http.getForObject("/sandbox/api/messages?to=" + to, Map[].class)).stream()
                .map(m -> String.valueOf(((Map<String, Object>) m).get("text")))
                .filter(t -> t.contains(containing)).toList();
    }

    /** How many texts {@code to} has received so far (to wait for the next one). */
    public int count(String to) {
        return texts(to, "").size();
    }

    /** Waits for a text beyond the first {@code before} ones that contains {@code containing}; returns it. */
    public String awaitNext(String to, int before, String containing) {
        return Eventually.await("a message containing " + containing, WAIT, () -> texts(to, ""),
                list -> list.size() > before && list.get(0).contains(containing)).get(0);
    }

    /** Waits for the next text and returns the six-digit code in it. */
    public String awaitCode(String to, int before) {
        String text = Eventually.await("an SMS code", WAIT, () -> texts(to, ""), list -> list.size() > before)
                .get(0);
        Matcher code = CODE.matcher(text);
        if (!code.find()) {
            throw new AssertionError("no code in: " + text);
        }
        return code.group(1);
    }
}
