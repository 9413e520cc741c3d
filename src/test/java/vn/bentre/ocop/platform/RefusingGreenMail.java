package vn.bentre.ocop.platform;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * GreenMail as a real mail server that can refuse chosen recipients (as a server answers "550 no such mailbox" or
 * "451 try again later" to RCPT TO), and that notes every recipient it accepted, in the order they came.
 */
public class RefusingGreenMail extends GreenMail {

    /** Recipient → the SMTP answer given to it instead of "250 OK". Static: GreenMail builds its managers early. */
    private static final Map<String, String> REFUSALS = new ConcurrentHashMap<>();

    private static final List<String> ACCEPTED = new CopyOnWriteArrayList<>();

    public RefusingGreenMail(ServerSetup setup) {
        super(setup);
    }

    public void refuse(String recipient, String answer) {
        REFUSALS.put(recipient.toLowerCase(java.util.Locale.ROOT), answer);
    }

    public void accept(String recipient) {
        REFUSALS.remove(recipient.toLowerCase(java.util.Locale.ROOT));
    }

    /** Every recipient accepted since the server started, in order of arrival (one mail, one recipient here). */
    public List<String> accepted() {
        return List.copyOf(ACCEPTED);
    }

    @Override
    public synchronized void stop() {
        super.stop();
        REFUSALS.clear();
        ACCEPTED.clear();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers ignored) {
        managers = new Managers() {
            private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress recipient) {
                    String refusal = REFUSALS.get(recipient.getEmail().toLowerCase(java.util.Locale.ROOT));
                    if (refusal != null) {
                        return refusal;
                    }
                    ACCEPTED.add(recipient.getEmail());
                    return null;
                }
            };

            @Override
            public SmtpManager getSmtpManager() {
                return smtp;
            }
        };
        return super.createServices(config, managers);
    }
}
