package vn.bentre.ocop.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.platform.entity.OutboxMail;

/**
 * A mail sent again after a crash (claimed, sent, the node killed before it marked the row sent) must be
 * recognisable downstream: its Message-ID comes from the outbox row, the same on every attempt.
 */
class MailTransportTest {

    static final MailSettings SETTINGS =
            new MailSettings("127.0.0.1", 2525, null, null, false, "Cổng OCOP <khong-tra-loi@ocop-bentre.vn>");

    @Test
    void messageIdIsTakenFromTheOutboxRowAndSurvivesSaving() throws Exception {
        var mail = mail(4711L);

        var first = MailTransport.message(mail, SETTINGS, Instant.parse("2026-12-04T01:00:00Z"));
        first.saveChanges();
        var resent = MailTransport.message(mail, SETTINGS, Instant.parse("2026-12-04T01:05:00Z"));
        resent.saveChanges();

        assertThat(first.getMessageID()).isEqualTo("<outbox-4711@ocop-bentre.vn>");
        assertThat(resent.getMessageID()).isEqualTo(first.getMessageID());
        assertThat(MailTransport.message(mail(4712L), SETTINGS, Instant.EPOCH).getMessageID())
                .isEqualTo("<outbox-4712@ocop-bentre.vn>");
    }

    @Test
    void onlyAPermanentRefusalOfTheMailCountsAsRefusedForGood() {
        var unknownMailbox = new jakarta.mail.SendFailedException(
                "Invalid Addresses", new jakarta.mail.MessagingException("550 5.1.1 <x@example.vn>: no such mailbox"));
        var busyMailbox = new jakarta.mail.SendFailedException(
                "Invalid Addresses", new jakarta.mail.MessagingException("451 4.2.1 try again later"));
        var serverDown = new jakarta.mail.MessagingException(
                "Couldn't connect to host", new java.net.ConnectException("Connection refused"));

        assertThat(MailTransport.refusedForGood(unknownMailbox)).isTrue();
        assertThat(MailTransport.refusedForGood(busyMailbox)).isFalse();
        assertThat(MailTransport.refusedForGood(serverDown)).isFalse();
    }

    private static OutboxMail mail(long id) throws Exception {
        var mail = new OutboxMail(
                "TEST",
                "hocvien@example.vn",
                "Xác nhận đăng ký",
                "Nội dung",
                null,
                LocalDateTime.of(2026, 12, 4, 8, 0));
        var field = OutboxMail.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(mail, id);
        return mail;
    }
}
