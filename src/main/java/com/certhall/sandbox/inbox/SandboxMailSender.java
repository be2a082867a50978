package com.certhall.sandbox.inbox;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** A mail server that delivers into the sandbox inbox instead of the Internet; the message is built as for SMTP. */
@Component
@Profile("sandbox")
class SandboxMailSender extends JavaMailSenderImpl {

    private final SandboxInbox inbox;

    SandboxMailSender(SandboxInbox inbox) {
        this.inbox = inbox;
        setDefaultEncoding("UTF-8");
    }

    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
        for (MimeMessage message : mimeMessages) {
            try {
                message.saveChanges();
                Object content = message.getContent();
                String text = content instanceof String s ? s : String.valueOf(content);
                for (Address to : message.getAllRecipients()) {
                    inbox.deliver("EMAIL", to.toString(), message.getSubject(), text);
                }
            } catch (MessagingException e) {
                throw new MailParseException(e);
            } catch (IOException e) {
                throw new MailSendException("cannot read the message body", e);
            }
        }
    }
}
