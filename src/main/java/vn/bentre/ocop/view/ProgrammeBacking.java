package vn.bentre.ocop.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.products.boundary.ProgrammeService;
import vn.bentre.ocop.products.control.ProgrammeIndicators;

/**
 * The public programme page ({@code chuong-trinh.xhtml}): progress against the plan's targets, computed from the
 * records, as a table and as charts (Chart.js configurations built here as JSON; PrimeFaces renders them with the
 * page's CSP nonce).
 */
@Named
@RequestScoped
public class ProgrammeBacking {

    @Inject
    ProgrammeService programme;

    @Inject
    Language language;

    private ProgrammeService.Progress progress;
    private String progressChart;
    private String starsChart;
    private String tradeChart;

    @PostConstruct
    void load() {
        progress = programme.progress();
        var locale = language.getLocale();
        var values = progress.standing().values();
        progressChart = ChartJson.horizontalBar(
                values.stream()
                        .map(v -> Messages.get(locale, "programme.indicator." + v.indicator()))
                        .toList(),
                Messages.get(locale, "programme.percentOfTarget"),
                values.stream().map(v -> (Number) v.getPercentOfTarget()).toList(),
                100);
        Map<Integer, Long> byStars = progress.standing().byStars();
        List<Integer> stars = List.of(5, 4, 3);
        starsChart = ChartJson.doughnut(
                stars.stream()
                        .map(s -> s + " " + Messages.get(locale, "products.starsWord"))
                        .toList(),
                stars.stream().map(s -> (Number) byStars.getOrDefault(s, 0L)).toList());
        var years = progress.standing().participationsByYear();
        tradeChart = ChartJson.bar(
                years.keySet().stream().map(String::valueOf).toList(),
                Messages.get(locale, "programme.participations"),
                years.values().stream().map(n -> (Number) n).collect(Collectors.toList()));
    }

    public ProgrammeService.Progress getProgress() {
        return progress;
    }

    public List<ProgrammeIndicators.Value> getValues() {
        return progress.standing().values();
    }

    public String getProgressChart() {
        return progressChart;
    }

    public String getStarsChart() {
        return starsChart;
    }

    public String getTradeChart() {
        return tradeChart;
    }
}
