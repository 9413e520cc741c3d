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

/**
 * Turns an outbox mail into a MIME message (text, optional HTML alternative, optional attachment) and sends it, many
 * mails through one SMTP connection ({@link #open}): a new connection (and TLS handshake, and login) per mail held
 * the outbox to about 150 mails a minute.
 */
public final class MailTransport implements AutoCloseable {

    private final MailSettings settings;
    private final Session session;
    private Transport transport;

    private MailTransport(MailSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(settings.properties(), authenticator(settings));
    }

    /** A sender for a batch of mails; the connection is made at the first mail and kept until {@link #close}. */
    public static MailTransport open(MailSettings settings) {
        return new MailTransport(settings);
    }

    /**
     * Sends one mail, dated {@code sentAt} (the portal's clock), through this sender's connection; a connection the
     * server closed (idle time, a limit of mails per connection) is made again once.
     */
    public void send(OutboxMail mail, Instant sentAt) throws MessagingException {
        var message = message(mail, settings, session, sentAt);
        message.saveChanges();
        // No isConnected() check before each mail: it costs a NOOP round trip; a dead connection shows as an error.
        if (transport == null) {
            transport = session.getTransport();
            transport.connect();
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (jakarta.mail.SendFailedException refused) {
            throw refused; // this recipient; the connection is fine
        } catch (MessagingException broken) {
            close();
            transport = session.getTransport();
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    /**
     * Whether the server refused this mail for good: an SMTP 5xx answer to its recipient or its content (such as
     * "550 no such mailbox"), as opposed to a 4xx (try later) or a server that cannot be reached.
     */
    public static boolean refusedForGood(MessagingException failure) {
        if (!(failure instanceof jakarta.mail.SendFailedException)) {
            return false;
        }
        Exception e = failure;
        for (int depth = 0; e != null && depth < 10; depth++) {
            String message = e.getMessage();
            if (message != null && message.matches("(?s)5\\d\\d[ -].*")) {
                return true;
            }
            e = e instanceof MessagingException m ? m.getNextException() : null;
        }
        return false;
    }

    /** Sends one mail on a connection of its own. */
    public static void send(OutboxMail mail, MailSettings settings, Instant sentAt) throws MessagingException {
        try (var sender = open(settings)) {
            sender.send(mail, sentAt);
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
            transport = null;
        }
    }

    static MimeMessage message(OutboxMail mail, MailSettings settings, Instant sentAt) throws MessagingException {
        return message(mail, settings, Session.getInstance(settings.properties(), authenticator(settings)), sentAt);
    }

    /**
     * The MIME message of an outbox mail. Its Message-ID is made from the outbox row ({@code <outbox-{id}@{domain
     * of the sender}>}), not at random when it is sent: a mail sent again after a crash (sent, but the node died
     * before marking the row) carries the same Message-ID, so mail servers and readers can recognise the duplicate.
     */
    private static MimeMessage message(OutboxMail mail, MailSettings settings, Session session, Instant sentAt)
            throws MessagingException {
        var from = new InternetAddress(settings.from());
        String messageId = messageId(mail.getId(), from.getAddress());
        var message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setHeader("Message-ID", messageId);
        message.setFrom(from);
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
        return message;
    }

    static String messageId(Long outboxId, String fromAddress) {
        int at = fromAddress.lastIndexOf('@');
        String domain = at < 0 || at == fromAddress.length() - 1 ? "ocop.localhost" : fromAddress.substring(at + 1);
        return "<outbox-" + outboxId + "@" + domain + ">";
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
