package com.certhall.lifecycle.provider.kuaidi100;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of Kuaidi100's real-time tracking query ({@code certhall.lifecycle.courier.provider=kuaidi100};
 * docs/configuration.md, "Courier tracking").
 *
 * @param endpoint     the query URL, default {@code https://poll.kuaidi100.com/poll/query.do}
 * @param customer     the account's {@code customer} id
 * @param key          the account's key that signs each query (from the environment, never logged)
 * @param senderPhone  the dispatch desk's phone; its last four digits answer SF's phone check
 * @param trackingPage the public tracking page given to the holder, {@code {com}} and {@code {num}} filled in
 * @param timeout      connect and read timeout, default 10 s
 */
@ConfigurationProperties("certhall.lifecycle.courier.kuaidi100")
public record Kuaidi100Properties(URI endpoint, String customer, String key, String senderPhone,
        String trackingPage, Duration timeout) {

    public Kuaidi100Properties {
        endpoint = endpoint == null ? URI.create("https://poll.kuaidi100.com/poll/query.do") : endpoint;
        trackingPage = trackingPage == null || trackingPage.isBlank()
                ? "https://www.kuaidi100.com/chaxun?com={com}&nu={num}" : trackingPage;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    @Override
    public String toString() {
        return "Kuaidi100Properties[endpoint=" + endpoint + ", customer=" + customer + ", trackingPage=" + trackingPage
                + "]";
    }
}
