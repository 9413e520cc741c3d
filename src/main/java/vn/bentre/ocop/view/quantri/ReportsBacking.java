package vn.bentre.ocop.view.quantri;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.products.boundary.ProductAdminService;
import vn.bentre.ocop.products.boundary.ProductRow;
import vn.bentre.ocop.products.boundary.ProgrammeService;
import vn.bentre.ocop.records.boundary.ReportService;
import vn.bentre.ocop.records.control.ReportTable;
import vn.bentre.ocop.records.control.TrainingFigures;
import vn.bentre.ocop.view.ChartJson;

/**
 * The training reports ({@code quan-tri/bao-cao.xhtml?theo=&nam=}): people trained grouped by commune, organisation
 * type, topic or year, and the courses' fill and completion rates, each as a table with a chart beside it and
 * downloads of exactly the table shown. Filters are URL parameters, so a report can be bookmarked and sent.
 */
@Named
@RequestScoped
public class ReportsBacking {

    static final int CHART_BARS = 12;

    @Inject
    ReportService reports;

    @Inject
    Language language;

    @Inject
    ProgrammeService programme;

    @Inject
    ProductAdminService products;

    private String dimensionParameter;
    private String yearParameter;
    private ReportService.Dimension dimension = ReportService.Dimension.COMMUNE;
    private Integer year;
    private ReportTable trained;
    private ReportTable courses;
    private List<Integer> years = List.of();
    private int ocopEntities;
    private int ocopEntitiesTrained;
    private List<ProductRow> expiring = List.of();

    public void load() {
        if (dimensionParameter != null && !dimensionParameter.isBlank()) {
            try {
                dimension = ReportService.Dimension.valueOf(dimensionParameter);
            } catch (IllegalArgumentException unknown) {
                Faces.responseSendError(404, "");
                return;
            }
        }
        if (yearParameter != null && !yearParameter.isBlank()) {
            if (!yearParameter.matches("(19|20)\\d{2}")) {
                Faces.responseSendError(404, "");
                return;
            }
            year = Integer.valueOf(yearParameter);
        }
        trained = reports.trainedPeople(dimension, year, language.getLocale());
        courses = reports.courseRates(year, language.getLocale());
        years = reports.years();
        // An OCOP entity (products) with a trained manager (records): the page brings the two components together.
        var entities = programme.ocopEntityIds();
        var trained = reports.organisationsWithTrainedManager();
        ocopEntities = entities.size();
        ocopEntitiesTrained = (int) entities.stream().filter(trained::contains).count();
        expiring = products.find(null, null, null, true, 0, ProductAdminService.MAX_PAGE)
                .rows();
    }

    public int getOcopEntities() {
        return ocopEntities;
    }

    public int getOcopEntitiesTrained() {
        return ocopEntitiesTrained;
    }

    public int getOcopEntitiesTrainedPercent() {
        return TrainingFigures.percent(ocopEntitiesTrained, ocopEntities);
    }

    /** Product certificates that expire within the products' look-ahead, soonest first. */
    public List<ProductRow> getExpiring() {
        return expiring.stream()
                .sorted(java.util.Comparator.comparing(ProductRow::expiresOn))
                .toList();
    }

    /** People per group, the groups with most people first, as a bar chart. */
    public String getTrainedChart() {
        var labels = new ArrayList<String>();
        var values = new ArrayList<Number>();
        for (var row : trained.rows().stream().limit(CHART_BARS).toList()) {
            labels.add(row.get(0));
            values.add(Integer.valueOf(row.get(1)));
        }
        return ChartJson.bar(labels, trained.headers().get(1), values);
    }

    public String exportQuery(String table, String format) {
        return "bang=" + table + "&theo=" + dimension.name() + (year == null ? "" : "&nam=" + year) + "&dinh-dang="
                + format;
    }

    public List<ReportService.Dimension> getDimensions() {
        return List.of(ReportService.Dimension.values());
    }

    public List<Integer> getYears() {
        return years;
    }

    public ReportTable getTrained() {
        return trained;
    }

    public ReportTable getCourses() {
        return courses;
    }

    public ReportService.Dimension getDimension() {
        return dimension;
    }

    public Integer getYear() {
        return year;
    }

    public String getDimensionParameter() {
        return dimensionParameter;
    }

    public void setDimensionParameter(String dimensionParameter) {
        this.dimensionParameter = dimensionParameter;
    }

    public String getYearParameter() {
        return yearParameter;
    }

    public void setYearParameter(String yearParameter) {
        this.yearParameter = yearParameter;
    }
}
