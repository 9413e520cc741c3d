package vn.bentre.ocop.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.bentre.ocop.identity.entity.Account;

/** Training completed outside the portal, recorded by an administrator with where its evidence is. */
@Entity
@Table(name = "external_training")
public class ExternalTraining {

    public static final int TITLE_MAX = 250;
    public static final int TOPIC_MAX = 120;
    public static final int CERTIFICATE_MAX = 100;
    public static final int NOTE_MAX = 500;
    public static final int HOURS_MAX = 1000;

    @Id
    @SequenceGenerator(name = "external_training_seq", sequenceName = "external_training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_training_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Account person;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String provider;

    @NotBlank
    @Size(max = TOPIC_MAX)
    @Column(nullable = false, length = TOPIC_MAX)
    private String topic;

    @Positive
    @Max(HOURS_MAX)
    private int hours;

    @NotNull
    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Size(max = CERTIFICATE_MAX)
    @Column(length = CERTIFICATE_MAX)
    private String certificate;

    @NotBlank
    @Size(max = NOTE_MAX)
    @Column(name = "source_note", nullable = false, length = NOTE_MAX)
    private String sourceNote;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by", nullable = false, updatable = false)
    private Account recordedBy;

    @NotNull
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Version
    private long version;

    protected ExternalTraining() {}

    public ExternalTraining(
            Account person,
            String title,
            String provider,
            String topic,
            int hours,
            LocalDate completedOn,
            String certificate,
            String sourceNote,
            Account recordedBy,
            LocalDateTime recordedAt) {
        this.person = person;
        this.title = title;
        this.provider = provider;
        this.topic = topic;
        this.hours = hours;
        this.completedOn = completedOn;
        this.certificate = certificate;
        this.sourceNote = sourceNote;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Account getPerson() {
        return person;
    }

    public String getTitle() {
        return title;
    }

    public String getProvider() {
        return provider;
    }

    public String getTopic() {
        return topic;
    }

    public int getHours() {
        return hours;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getCertificate() {
        return certificate;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
