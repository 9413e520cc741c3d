package vn.bentre.ocop.view.quantri;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.bentre.ocop.products.boundary.ProgrammeService;
import vn.bentre.ocop.products.entity.Indicator;
import vn.bentre.ocop.view.Pages;

/** The plan's targets, editable for the next plan ({@code quan-tri/chi-tieu.xhtml}). */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeService programme;

    private String planLabel;
    private final Map<Indicator, Integer> values = new EnumMap<>(Indicator.class);
    private List<Indicator> indicators;

    @PostConstruct
    void init() {
        var targets = programme.targets();
        indicators = targets.stream().map(ProgrammeService.TargetRow::indicator).toList();
        targets.forEach(t -> values.put(t.indicator(), t.targetValue()));
        planLabel = targets.isEmpty() ? "" : targets.getFirst().planLabel();
    }

    public void save() {
        try {
            programme.changeTargets(planLabel, values);
            Pages.info("products.targets.saved", planLabel);
        } catch (RuntimeException refused) {
            Pages.refusal("targets", refused);
        }
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public Map<Indicator, Integer> getValues() {
        return values;
    }

    public String getPlanLabel() {
        return planLabel;
    }

    public void setPlanLabel(String planLabel) {
        this.planLabel = planLabel;
    }
}
