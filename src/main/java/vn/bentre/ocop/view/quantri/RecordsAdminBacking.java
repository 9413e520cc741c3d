package vn.bentre.ocop.view.quantri;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.records.boundary.RecordService;
import vn.bentre.ocop.records.control.LearningRecord;
import vn.bentre.ocop.view.Pages;

/**
 * Administrators' view of anyone's capacity-building record ({@code quan-tri/ho-so-boi-duong.xhtml}): find a
 * person, read their record, download their transcript, and add training they completed elsewhere.
 */
@Named
@ViewScoped
public class RecordsAdminBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String FORM = "external";

    @Inject
    RecordService records;

    private Long personId;
    private String query;
    private List<RecordService.Person> people = List.of();
    private LearningRecord record;

    private String title;
    private String provider;
    private String topic;
    private Integer hours;
    private LocalDate completedOn;
    private String certificate;
    private String sourceNote;

    public void load() {
        if (query != null && !query.isBlank()) {
            people = records.people(query, RecordService.MAX_PEOPLE);
        }
        if (personId != null) {
            try {
                record = records.of(personId);
            } catch (BusinessException unknown) {
                Faces.responseSendError(404, "");
            }
        }
    }

    public String addExternal() {
        try {
            records.addExternal(
                    personId,
                    new RecordService.ExternalForm(
                            title, provider, topic, hours == null ? 0 : hours, completedOn, certificate, sourceNote));
            Pages.info("record.external.added");
            Pages.keepMessages();
            return "/quan-tri/ho-so-boi-duong?faces-redirect=true&nguoi=" + personId;
        } catch (RuntimeException refused) {
            Pages.refusal(FORM, refused);
            return null;
        }
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<RecordService.Person> getPeople() {
        return people;
    }

    public LearningRecord getRecord() {
        return record;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public void setSourceNote(String sourceNote) {
        this.sourceNote = sourceNote;
    }
}
