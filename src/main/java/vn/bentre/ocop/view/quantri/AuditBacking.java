package vn.bentre.ocop.view.quantri;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.bentre.ocop.identity.boundary.AuditTrailService;
import vn.bentre.ocop.view.KeyedLazyModel;

/** The audit log for administrators ({@code quan-tri/nhat-ky.xhtml}): filtered, newest first, lazy. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrailService trail;

    private String actor;
    private String action;
    private String subjectType;
    private LocalDate from;
    private LocalDate to;
    private List<String> actions;
    private List<String> subjectTypes;

    private final LazyDataModel<AuditTrailService.Row> entries = new KeyedLazyModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.find(filter(), 0, 1).total();
        }

        @Override
        public List<AuditTrailService.Row> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = trail.find(filter(), first, Math.min(pageSize, AuditTrailService.MAX_PAGE));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        protected long keyOf(AuditTrailService.Row row) {
            return row.id();
        }
    };

    @PostConstruct
    void init() {
        actions = trail.actions();
        subjectTypes = trail.subjectTypes();
    }

    AuditTrailService.Filter filter() {
        return new AuditTrailService.Filter(actor, action, subjectType, from, to);
    }

    public LazyDataModel<AuditTrailService.Row> getEntries() {
        return entries;
    }

    public List<String> getActions() {
        return actions;
    }

    public List<String> getSubjectTypes() {
        return subjectTypes;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
