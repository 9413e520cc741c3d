package vn.bentre.ocop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.platform.boundary.OutboxDispatcher;
import vn.bentre.ocop.platform.control.MailSettings;
import vn.bentre.ocop.platform.control.MailTransport;
import vn.bentre.ocop.platform.control.OutboxWork;
import vn.bentre.ocop.platform.entity.OutboxMail;
import vn.bentre.ocop.support.Deployments;

/** The outbox on the real database, sending to a real SMTP server (GreenMail) started inside Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(OutboxIT.class, TestMails.class, RefusingGreenMail.class)
                .addAsLibraries(Deployments.jarOf(GreenMail.class), Deployments.jarOf(org.slf4j.LoggerFactory.class));
    }

    @Inject
    TestMails mails;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    OutboxWork work;

    RefusingGreenMail smtp;
    MailSettings settings;

    @BeforeEach
    void startMailServer() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        smtp = new RefusingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        settings = new MailSettings("127.0.0.1", port, null, null, false, "OCOP Bến Tre <no-reply@ocop-bentre.vn>");
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void aQueuedMailIsSentOnceWithItsVietnameseTextAndAttachment() throws Exception {
        String to = unique();
        long id = mails.enqueue(
                to,
                "Xác nhận đăng ký khóa học «Quản trị HTX»",
                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));

        dispatchUntilTried(id);
        dispatcher.dispatch(settings);

        var received = smtp.getReceivedMessagesForDomain(to.substring(to.indexOf('@') + 1));
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Xác nhận đăng ký khóa học «Quản trị HTX»");
        assertThat(GreenMailUtil.getBody(received[0])).contains("lich-hoc.ics");
        assertThat(((MimeMultipart) received[0].getContent()).getCount()).isEqualTo(2);
        assertThat(mails.find(id).getStatus()).isEqualTo(OutboxMail.Status.SENT);
    }

    @Test
    void oneRunSendsBatchAfterBatchOnOneConnectionWithMessageIdsFromTheRows() throws Exception {
        while (dispatcher.dispatch(settings).sent() > 0) {
            // send what other tests left due, so this run starts from an empty outbox
        }
        String domain = "htx-" + UUID.randomUUID().toString().substring(0, 8) + ".vn";
        var ids = new ArrayList<Long>();
        for (int n = 0; n < 120; n++) {
            ids.add(mails.enqueue("hocvien" + n + "@" + domain, "Thư số " + n, null));
        }

        var run = dispatcher.dispatch(settings);

        assertThat(run.sent())
                .as("one run goes on past the first batch of 50 (it sent 50 a run, a run every 20 s)")
                .isGreaterThan(50);
        for (int more = 0; more < 10 && run.sent() > 0; more++) {
            run = dispatcher.dispatch(settings);
        }
        var received = smtp.getReceivedMessagesForDomain(domain);
        assertThat(received).hasSize(120);
        var messageIds = new java.util.HashSet<String>();
        for (var message : received) {
            messageIds.add(message.getMessageID());
        }
        assertThat(messageIds)
                .as("each Message-ID is made from its outbox row, so a resend after a crash is recognisable")
                .containsExactlyInAnyOrderElementsOf(ids.stream()
                        .map(id -> "<outbox-" + id + "@ocop-bentre.vn>")
                        .toList());
    }

    @Test
    void aMailServerThatIsDownLeavesTheMailWaitingForAnotherAttemptAndTheRestUntouched() {
        drainAll();
        String to = unique();
        long id = mails.enqueue(to, "Thư sẽ gửi lại", null);
        long next = mails.enqueue(unique(), "Thư xếp sau", null);
        smtp.stop();

        dispatchUntilTried(id);

        var mail = mails.find(id);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getLastError()).isNotBlank();
        assertThat(mail.getNextAttemptAt()).isAfter(mail.getCreatedAt());
        assertThat(mails.find(next).getAttempts())
                .as("a server that cannot be reached ends the run: the next mail is neither tried nor left claimed")
                .isZero();
        assertThat(work.due(1000)).contains(next);
        smtp.start();
    }

    @Test
    void aRetryWhosePauseIsOverGoesBeforeMailQueuedDuringItsPause() throws Exception {
        drainAll();
        String busy = unique();
        smtp.refuse(busy, "451 4.2.1 Hộp thư đang bận, xin gửi lại sau");
        long retried = mails.enqueue(busy, "Xác nhận đăng ký (gửi lại)", null);
        dispatchUntilTried(retried);
        assertThat(mails.find(retried).getLastError()).contains("451");
        smtp.accept(busy);
        String domain = "htx-" + UUID.randomUUID().toString().substring(0, 8) + ".vn";
        for (int n = 0; n < 200; n++) {
            mails.enqueue("hocvien" + n + "@" + domain, "Thư mới số " + n, null);
        }

        mails.timePasses(2); // the retry's one-minute pause is over; the 200 came during it
        drainAll();

        var arrived = smtp.accepted().stream()
                .filter(to -> to.equals(busy) || to.endsWith("@" + domain))
                .toList();
        assertThat(arrived).hasSize(201).doesNotHaveDuplicates();
        assertThat(arrived.getFirst())
                .as("the retry goes before mail queued after it (it went last: due mails were taken by retry time)")
                .isEqualTo(busy);
        var mail = mails.find(retried);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.getAttempts()).isEqualTo(2);
    }

    @Test
    void aRecipientTheServerRefusesBlocksNoOneAndIsGivenUpAfterAFewTries() throws Exception {
        drainAll();
        String unknown = unique();
        smtp.refuse(unknown, "550 5.1.1 Không có hộp thư này");
        long refused = mails.enqueue(unknown, "Thư không đến được", null);
        String domain = "htx-" + UUID.randomUUID().toString().substring(0, 8) + ".vn";
        var others = new ArrayList<Long>();
        for (int n = 0; n < 200; n++) {
            others.add(mails.enqueue("hocvien" + n + "@" + domain, "Thư số " + n, null));
        }

        drainAll();

        assertThat(smtp.accepted().stream().filter(to -> to.endsWith("@" + domain)))
                .as("every other mail arrives once, through the same connection as the refused one")
                .hasSize(200)
                .doesNotHaveDuplicates();
        assertThat(others)
                .allSatisfy(id -> assertThat(mails.find(id).getStatus()).isEqualTo(OutboxMail.Status.SENT));
        var mail = mails.find(refused);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getLastError()).contains("550");

        for (int attempt = 2; attempt <= OutboxMail.MAX_REFUSED_ATTEMPTS; attempt++) {
            mails.timePasses(10);
            drainAll();
            assertThat(mails.find(refused).getAttempts()).isEqualTo(attempt);
        }

        assertThat(mails.find(refused).getStatus())
                .as(
                        "given up after %d refusals (it went on for 10 attempts over a day and a half)",
                        OutboxMail.MAX_REFUSED_ATTEMPTS)
                .isEqualTo(OutboxMail.Status.FAILED);
        assertThat(smtp.accepted()).doesNotContain(unknown);
    }

    @Test
    void aMailSentAgainAfterACrashCarriesTheSameMessageId() throws Exception {
        drainAll();
        String to = unique();
        long id = mails.enqueue(to, "Thông báo khai giảng", null);
        var claim = work.claim(List.of(id));
        assertThat(claim.mails()).hasSize(1);
        // the node sends it, then dies before marking it sent
        MailTransport.send(claim.mails().getFirst(), settings, Instant.parse("2026-12-05T01:00:00Z"));
        dispatcher.dispatch(settings);
        String domain = to.substring(to.indexOf('@') + 1);
        assertThat(smtp.getReceivedMessagesForDomain(domain))
                .as("while the dead node's claim holds, no other run sends it")
                .hasSize(1);

        mails.timePasses(10); // the five-minute claim expires
        drainAll();

        var received = smtp.getReceivedMessagesForDomain(domain);
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID())
                .as("the resend is recognisable downstream as the same mail")
                .isEqualTo(received[0].getMessageID())
                .isEqualTo("<outbox-" + id + "@ocop-bentre.vn>");
        assertThat(mails.find(id).getStatus()).isEqualTo(OutboxMail.Status.SENT);
    }

    /** Sends everything due, run after run, so a test starts from (or ends with) an outbox with nothing due. */
    private void drainAll() {
        for (int run = 0; run < 100; run++) {
            var done = dispatcher.dispatch(settings);
            if (done.sent() + done.failed() == 0) {
                return;
            }
        }
    }

    /**
     * Dispatches until this mail has been tried: the shared test database may hold many older mails (enrolment
     * notices of other test classes), and a run takes the oldest due mails first, a batch at a time.
     */
    private void dispatchUntilTried(long id) {
        for (int run = 0; run < 100; run++) {
            var mail = mails.find(id);
            if (mail.getStatus() != OutboxMail.Status.PENDING || mail.getAttempts() > 0) {
                return;
            }
            dispatcher.dispatch(settings);
        }
    }

    @Test
    void aBusinessChangeThatRollsBackLeavesNoMail() {
        String to = unique();

        assertThatThrownBy(() -> mails.enqueueThenFail(to)).isInstanceOf(RuntimeException.class);

        assertThat(mails.countTo(to)).isZero();
    }

    private static String unique() {
        return "hocvien." + UUID.randomUUID().toString().substring(0, 8) + "@htx-"
                + UUID.randomUUID().toString().substring(0, 6) + ".vn";
    }
}
