package vn.bentre.ocop.view.canhan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.bentre.ocop.records.boundary.RecordService;
import vn.bentre.ocop.records.control.LearningRecord;

/** The signed-in person's own capacity-building record ({@code ca-nhan/ho-so-boi-duong.xhtml}). */
@Named
@RequestScoped
public class MyRecordBacking {

    @Inject
    RecordService records;

    private LearningRecord record;

    public LearningRecord getRecord() {
        if (record == null) {
            record = records.mine();
        }
        return record;
    }
}
