package vn.bentre.ocop.view.giangvien;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.records.boundary.RecordService;
import vn.bentre.ocop.records.control.LearningRecord;

/**
 * A learner's record as their trainer sees it ({@code giang-vien/ho-so-hoc-vien.xhtml?nguoi=}): only learners of
 * the trainer's own courses; anyone else is a 404, decided by the service.
 */
@Named
@RequestScoped
public class LearnerRecordBacking {

    @Inject
    RecordService records;

    private Long personId;
    private LearningRecord record;

    public void load() {
        if (personId == null) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            record = records.of(personId);
        } catch (BusinessException notReadable) {
            Faces.responseSendError(404, "");
        }
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public LearningRecord getRecord() {
        return record;
    }
}
