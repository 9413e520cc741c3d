package vn.bentre.ocop.platform.control;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import vn.bentre.ocop.platform.entity.OutboxMail;

/** Turns an outbox mail into a MIME message (text, optional HTML alternative, optional attachment) and sends it. */
public final class MailTransport {

    private MailTransport() {}

    /** Sends the mail, dated {@code sentAt} (the portal's clock). */
    public static void send(OutboxMail mail, MailSettings settings, Instant sentAt) throws MessagingException {
        var session = Session.getInstance(settings.properties(), authenticator(settings));
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.getRecipient()));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(sentAt));
        if (mail.getListUnsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.getListUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new MimeMultipart("alternative");
        var text = new MimeBodyPart();
        text.setText(mail.getBodyText(), StandardCharsets.UTF_8.name());
        body.addBodyPart(text);
        if (mail.getBodyHtml() != null) {
            var html = new MimeBodyPart();
            html.setContent(mail.getBodyHtml(), "text/html; charset=UTF-8");
            body.addBodyPart(html);
        }
        byte[] attachment = mail.getAttachment();
        if (attachment == null) {
            message.setContent(body);
        } else {
            var mixed = new MimeMultipart("mixed");
            var alternative = new MimeBodyPart();
            alternative.setContent(body);
            mixed.addBodyPart(alternative);
            var file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, mail.getAttachmentType())));
            file.setFileName(mail.getAttachmentName());
            mixed.addBodyPart(file);
            message.setContent(mixed);
        }
        Transport.send(message);
    }

    private static jakarta.mail.Authenticator authenticator(MailSettings settings) {
        if (settings.username() == null) {
            return null;
        }
        return new jakarta.mail.Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        };
    }
}
