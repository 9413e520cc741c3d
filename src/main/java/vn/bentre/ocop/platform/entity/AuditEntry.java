package vn.bentre.ocop.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * One line of the audit log: an actor (an account id, or none for the system) did an action to a subject. Never
 * changed after it is written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int ACTION_MAX = 60;
    public static final int SUBJECT_TYPE_MAX = 40;
    public static final int DETAIL_MAX = 1000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @NotNull
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @NotBlank
    @Size(max = ACTION_MAX)
    @Column(nullable = false, updatable = false, length = ACTION_MAX)
    private String action;

    @NotBlank
    @Size(max = SUBJECT_TYPE_MAX)
    @Column(name = "subject_type", nullable = false, updatable = false, length = SUBJECT_TYPE_MAX)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Size(max = DETAIL_MAX)
    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(
            LocalDateTime occurredAt, Long actorId, String action, String subjectType, Long subjectId, String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
