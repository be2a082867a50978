package com.certhall.sandbox.inbox;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
                String text = text(message.getContent());
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

    /** The text of a plain message, or of a multipart one its text parts and one line per attached file. */
    private static String text(Object content) throws MessagingException, IOException {
        if (!(content instanceof Multipart multipart)) {
            return String.valueOf(content);
        }
        StringBuilder text = new StringBuilder();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                byte[] bytes = part.getInputStream().readAllBytes();
                files.add("[附件 attachment] " + part.getFileName() + " (" + bytes.length + " bytes)");
            } else {
                text.append(text(part.getContent()));
            }
        }
        files.forEach(f -> text.append('\n').append(f));
        return text.toString();
    }
}
