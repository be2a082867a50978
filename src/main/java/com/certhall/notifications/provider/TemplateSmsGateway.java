package com.certhall.notifications.provider;

import com.certhall.notifications.SmsGateway;
import com.certhall.notifications.SmsMessage;
import java.util.List;

/**
 * A provider that sends registered templates only (Aliyun, Tencent Cloud): a plain text goes out as a message
 * without template name, which {@link SmsTemplates#resolve} sends through the catch-all template.
 */
public interface TemplateSmsGateway extends SmsGateway {

    @Override
    default String send(String mobile, String text) {
        return send(new SmsMessage(mobile, "", List.of(), text, text));
    }

    @Override
    String send(SmsMessage message);
}
