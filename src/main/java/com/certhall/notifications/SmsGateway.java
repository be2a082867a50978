package com.certhall.notifications;

/**
 * Sends one text message to one mainland mobile number. Implementations talk to an SMS provider (the sandbox one
 * keeps every message in the sandbox inbox). A refusal is a {@link SmsDeliveryException} carrying the provider's
 * code and whether trying again later can help.
 */
public interface SmsGateway {

    /** @return the provider's message id */
    String send(String mobile, String text);

    /**
     * Sends a message rendered from one of the platform's templates. Providers that only send registered templates
     * (Aliyun, Tencent Cloud) use its template name and arguments; the others send its text.
     *
     * @return the provider's message id
     */
    default String send(SmsMessage message) {
        return send(message.mobile(), message.signedText());
    }
}
