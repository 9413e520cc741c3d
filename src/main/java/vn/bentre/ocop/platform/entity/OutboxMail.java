package vn.bentre.ocop.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A mail in the outbox. Written in the transaction of the change it tells about; sent later by whichever node
 * claims it first; retried with growing pauses, and given up after {@link #MAX_ATTEMPTS} (after
 * {@link #MAX_REFUSED_ATTEMPTS} when the mail server refuses it for good, such as an unknown recipient).
 *
 * <p>Due mails are taken in the order they were first queued, not by the time of their next attempt: a mail whose
 * retry pause is over goes before every mail queued after it, so a steady stream of new mail never holds it back.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(
        name = OutboxMail.DUE,
        query =
                "select m.id from OutboxMail m where m.status = vn.bentre.ocop.platform.entity.OutboxMail.Status.PENDING"
                        + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
                        + " order by m.createdAt, m.id")
@NamedQuery(
        name = OutboxMail.CLAIM,
        query = "update OutboxMail m set m.claimedUntil = :until, m.claimedBy = :token, m.version = m.version + 1"
                + " where m.id in :ids and m.status = vn.bentre.ocop.platform.entity.OutboxMail.Status.PENDING"
                + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)")
@NamedQuery(
        name = OutboxMail.CLAIMED,
        query = "select m from OutboxMail m where m.claimedBy = :token and m.id in :ids order by m.createdAt, m.id")
@NamedQuery(
        name = OutboxMail.MARK_SENT,
        query = "update OutboxMail m set m.status = vn.bentre.ocop.platform.entity.OutboxMail.Status.SENT,"
                + " m.attempts = m.attempts + 1, m.sentAt = :now, m.claimedUntil = null, m.claimedBy = null,"
                + " m.lastError = null, m.version = m.version + 1 where m.id = :id")
@NamedQuery(name = OutboxMail.COUNT_BY_STATUS, query = "select m.status, count(m) from OutboxMail m group by m.status")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String CLAIM = "OutboxMail.claim";
    public static final String CLAIMED = "OutboxMail.claimed";
    public static final String MARK_SENT = "OutboxMail.markSent";
    public static final String COUNT_BY_STATUS = "OutboxMail.countByStatus";

    public static final int RECIPIENT_MAX = 254;
    public static final int SUBJECT_MAX = 300;
    public static final int CATEGORY_MAX = 40;
    public static final int ERROR_MAX = 1000;

    /** Attempts before a mail is given up (the last pause is six hours: about a day and a half in all). */
    public static final int MAX_ATTEMPTS = 10;

    /**
     * Attempts before a mail the server refuses for good (a 5xx answer, such as "no such mailbox") is given up: a few
     * minutes, in case the refusal came from a server being set up, then it waits for an administrator.
     */
    public static final int MAX_REFUSED_ATTEMPTS = 3;

    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @NotBlank
    @Size(max = CATEGORY_MAX)
    @Column(nullable = false, length = CATEGORY_MAX)
    private String category;

    @NotBlank
    @Email
    @Size(max = RECIPIENT_MAX)
    @Column(nullable = false, length = RECIPIENT_MAX)
    private String recipient;

    @NotBlank
    @Size(max = SUBJECT_MAX)
    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @NotNull
    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "attachment_name", length = 200)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(name = "attachment")
    private byte[] attachment;

    /** RFC 8058 one-click unsubscribe address, for mails to subscribers. */
    @Column(name = "list_unsubscribe", length = 500)
    private String listUnsubscribe;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    /** The token of the claim that holds the mail (a node's batch), while it is being sent. */
    @Column(name = "claimed_by", length = 36)
    private String claimedBy;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(
            String category, String recipient, String subject, String bodyText, String bodyHtml, LocalDateTime now) {
        this.category = category;
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public OutboxMail attach(String name, String contentType, byte[] content) {
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachment = content.clone();
        return this;
    }

    public OutboxMail unsubscribeAt(String url) {
        this.listUnsubscribe = url;
        return this;
    }

    public void markSent(LocalDateTime now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        claimedUntil = null;
        claimedBy = null;
        lastError = null;
    }

    /** Gives back a claimed mail that was not tried: due again at once, to any node. */
    public void release() {
        claimedUntil = null;
        claimedBy = null;
    }

    /** A failed attempt: try again after a pause that doubles each time, or give up after the last attempt. */
    public void markFailed(String error, LocalDateTime now) {
        markFailed(error, false, now);
    }

    /**
     * A failed attempt; {@code refused}: the server refused this mail for good (5xx), which is given up after
     * {@link #MAX_REFUSED_ATTEMPTS} rather than {@link #MAX_ATTEMPTS}.
     */
    public void markFailed(String error, boolean refused, LocalDateTime now) {
        attempts++;
        claimedUntil = null;
        claimedBy = null;
        lastError = error == null ? null : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (attempts >= (refused ? MAX_REFUSED_ATTEMPTS : MAX_ATTEMPTS)) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(pauseAfter(attempts));
        }
    }

    static Duration pauseAfter(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** An administrator's "try again": a given-up or waiting mail is due at once, with a fresh set of attempts. */
    public void retryNow(LocalDateTime now) {
        if (status != Status.SENT) {
            status = Status.PENDING;
            attempts = 0;
            nextAttemptAt = now;
            claimedUntil = null;
            claimedBy = null;
        }
    }

    public Long getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachment() {
        return attachment == null ? null : attachment.clone();
    }

    public Status getStatus() {
        return status;
    }

    public String getListUnsubscribe() {
        return listUnsubscribe;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
