package vn.bentre.ocop.platform.control;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * How to reach the mail server ({@code portal.mail.*}). Without a host the portal sends nothing and mails wait in
 * the outbox, visible to administrators, until one is configured.
 */
public record MailSettings(String host, int port, String username, String password, boolean startTls, String from) {

    public static Optional<MailSettings> from(Config config) {
        return config.getOptionalValue("portal.mail.host", String.class)
                .filter(host -> !host.isBlank())
                .map(host -> new MailSettings(
                        host,
                        config.getOptionalValue("portal.mail.port", Integer.class)
                                .orElse(25),
                        config.getOptionalValue("portal.mail.username", String.class)
                                .orElse(null),
                        config.getOptionalValue("portal.mail.password", String.class)
                                .orElse(null),
                        config.getOptionalValue("portal.mail.starttls", Boolean.class)
                                .orElse(false),
                        config.getOptionalValue("portal.mail.from", String.class)
                                .orElse("no-reply@localhost")));
    }

    /** Jakarta Mail session properties, with timeouts so that a dead server cannot hang a sender. */
    public Properties properties() {
        var properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.auth", Boolean.toString(username != null));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "20000");
        properties.setProperty("mail.smtp.writetimeout", "20000");
        return properties;
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + ", from " + from + "]";
    }
}
