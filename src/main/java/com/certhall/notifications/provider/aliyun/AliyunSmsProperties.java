package com.certhall.notifications.provider.aliyun;

import com.certhall.notifications.provider.SmsTemplates.Template;
import com.certhall.notifications.provider.TemplateSmsSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of Aliyun SMS ({@code certhall.notifications.sms.provider=aliyun}; docs/configuration.md).
 *
 * @param endpoint        the API root, default {@code https://dysmsapi.aliyuncs.com/}
 * @param accessKeyId     the AccessKey id
 * @param accessKeySecret the AccessKey secret that signs requests (from the environment, never logged)
 * @param signName        the approved SMS signature (短信签名)
 * @param regionId        default {@code cn-hangzhou}
 * @param timeout         connect and read timeout, default 5 s
 * @param templates       platform template name → approved template ({@code SMS_…}) and its variable names
 * @param defaultTemplate a template with one variable that takes the whole text, for names not in {@code templates}
 */
@ConfigurationProperties("certhall.notifications.sms.aliyun")
public record AliyunSmsProperties(URI endpoint, String accessKeyId, String accessKeySecret, String signName,
        String regionId, Duration timeout, Map<String, Template> templates, Template defaultTemplate)
        implements TemplateSmsSettings {

    public AliyunSmsProperties {
        endpoint = endpoint == null ? URI.create("https://dysmsapi.aliyuncs.com/") : endpoint;
        regionId = regionId == null ? "cn-hangzhou" : regionId;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    @Override
    public String toString() {
        return "AliyunSmsProperties[endpoint=" + endpoint + ", accessKeyId=" + accessKeyId + ", signName=" + signName
                + ", templates=" + templates.keySet() + "]";
    }
}
