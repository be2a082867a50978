package com.certhall.notifications.provider.tencent;

import com.certhall.notifications.provider.SmsTemplates.Template;
import com.certhall.notifications.provider.TemplateSmsSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of Tencent Cloud SMS ({@code certhall.notifications.sms.provider=tencent}; docs/configuration.md).
 *
 * @param endpoint        the API root, default {@code https://sms.tencentcloudapi.com/}
 * @param secretId        the API key's SecretId
 * @param secretKey       the API key's SecretKey that signs requests (from the environment, never logged)
 * @param sdkAppId        the SMS application id ({@code SmsSdkAppId})
 * @param signName        the approved SMS signature (短信签名)
 * @param region          default {@code ap-guangzhou}
 * @param timeout         connect and read timeout, default 5 s
 * @param templates       platform template name → approved template id (its parameters are positional)
 * @param defaultTemplate a template with one parameter that takes the whole text, for names not in {@code templates}
 */
@ConfigurationProperties("certhall.notifications.sms.tencent")
public record TencentSmsProperties(URI endpoint, String secretId, String secretKey, String sdkAppId,
        String signName, String region, Duration timeout, Map<String, Template> templates, Template defaultTemplate)
        implements TemplateSmsSettings {

    public TencentSmsProperties {
        endpoint = endpoint == null ? URI.create("https://sms.tencentcloudapi.com/") : endpoint;
        region = region == null ? "ap-guangzhou" : region;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    @Override
    public String toString() {
        return "TencentSmsProperties[endpoint=" + endpoint + ", secretId=" + secretId + ", sdkAppId=" + sdkAppId
                + ", signName=" + signName + ", templates=" + templates.keySet() + "]";
    }
}
