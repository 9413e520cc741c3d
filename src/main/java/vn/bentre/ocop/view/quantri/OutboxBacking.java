package vn.bentre.ocop.view.quantri;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.bentre.ocop.platform.boundary.OutboxService;
import vn.bentre.ocop.platform.entity.OutboxMail;
import vn.bentre.ocop.view.KeyedLazyModel;
import vn.bentre.ocop.view.Pages;

/** The outbox as administrators see it ({@code quan-tri/thu-di.xhtml}). */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What the table shows of a mail. */
    public record Row(
            long id,
            String category,
            String recipient,
            String subject,
            OutboxMail.Status status,
            int attempts,
            LocalDateTime createdAt,
            LocalDateTime nextAttemptAt,
            LocalDateTime sentAt,
            String lastError)
            implements Serializable {

        static Row of(OutboxMail m) {
            return new Row(
                    m.getId(),
                    m.getCategory(),
                    m.getRecipient(),
                    m.getSubject(),
                    m.getStatus(),
                    m.getAttempts(),
                    m.getCreatedAt(),
                    m.getNextAttemptAt(),
                    m.getSentAt(),
                    m.getLastError());
        }
    }

    @Inject
    OutboxService outbox;

    private OutboxMail.Status status;
    private String mailServer;
    private Map<OutboxMail.Status, Long> counts;

    private final LazyDataModel<Row> mails = new KeyedLazyModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) outbox.find(status, 0, 1).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = outbox.find(status, first, Math.min(pageSize, OutboxService.MAX_PAGE));
            setRowCount((int) page.total());
            return page.mails().stream().map(Row::of).toList();
        }

        @Override
        protected long keyOf(Row row) {
            return row.id();
        }
    };

    @PostConstruct
    void load() {
        mailServer = outbox.mailServer().orElse(null);
        counts = outbox.counts();
    }

    public void retry(Row row) {
        try {
            outbox.retry(row.id());
            Pages.info("outbox.retried", row.recipient());
            counts = outbox.counts();
        } catch (RuntimeException refused) {
            Pages.refusal("outbox", refused);
        }
    }

    public void sendNow() {
        try {
            var run = outbox.sendNow();
            Pages.info("outbox.sentNow", run.sent(), run.failed());
            counts = outbox.counts();
        } catch (RuntimeException refused) {
            Pages.refusal("outbox", refused);
        }
    }

    public OutboxMail.Status[] getStatuses() {
        return OutboxMail.Status.values();
    }

    public LazyDataModel<Row> getMails() {
        return mails;
    }

    public OutboxMail.Status getStatus() {
        return status;
    }

    public void setStatus(OutboxMail.Status status) {
        this.status = status;
    }

    public String getMailServer() {
        return mailServer;
    }

    public Map<OutboxMail.Status, Long> getCounts() {
        return counts;
    }
}
