package vn.bentre.ocop.products.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The target of one indicator in the current plan; the six rows come with the schema and are only edited. */
@Entity
@Table(name = "programme_target")
@NamedQuery(name = ProgrammeTarget.ALL, query = "select t from ProgrammeTarget t order by t.id")
public class ProgrammeTarget {

    public static final String ALL = "ProgrammeTarget.all";
    public static final int PLAN_MAX = 40;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private Indicator indicator;

    @NotBlank
    @Size(max = PLAN_MAX)
    @Column(name = "plan_label", nullable = false, length = PLAN_MAX)
    private String planLabel;

    @Min(0)
    @Column(name = "target_value", nullable = false)
    private int targetValue;

    @Version
    private long version;

    protected ProgrammeTarget() {
        // for JPA
    }

    /** Sets the target for a plan; a share cannot exceed 100%. */
    public void change(String planLabel, int targetValue) {
        if (targetValue < 0 || indicator.isShare() && targetValue > 100) {
            throw new IllegalArgumentException("A target is positive, and a share at most 100%");
        }
        this.planLabel = planLabel.strip();
        this.targetValue = targetValue;
    }

    public Long getId() {
        return id;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public String getPlanLabel() {
        return planLabel;
    }

    public int getTargetValue() {
        return targetValue;
    }

    public long getVersion() {
        return version;
    }
}
