package vn.bentre.ocop.products.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.products.entity.Indicator;

/**
 * The programme's indicators, computed from the records and never typed in. The rules:
 *
 * <ul>
 *   <li>A product counts as <b>rated</b> while its latest certificate is valid (36 months); an expired certificate
 *       no longer counts, whatever its stars.
 *   <li><b>5-star products</b>: rated products whose latest rating has 5 stars.
 *   <li><b>Upgraded share</b>: of all products ever rated, those with a rating that has more stars than an earlier
 *       one.
 *   <li><b>OCOP entities</b> are the organisations that own at least one rated product; the cooperative and
 *       craft-village shares are taken among them.
 *   <li><b>Trade-promotion participations</b> are those of businesses (enterprises, cooperatives, household
 *       businesses) in events that started in the year; the indicator is this year's figure.
 * </ul>
 */
public final class ProgrammeIndicators {

    /** Businesses, whose participations in trade promotion count towards the yearly target. */
    public static final Set<OrganisationType> BUSINESSES =
            Set.of(OrganisationType.ENTERPRISE, OrganisationType.COOPERATIVE, OrganisationType.HOUSEHOLD_BUSINESS);

    /** One rating as the indicators need it. */
    public record RatingFact(int stars, LocalDate certifiedOn, LocalDate expiresOn) implements Serializable {

        boolean isValidOn(LocalDate day) {
            return !day.isBefore(certifiedOn) && !day.isAfter(expiresOn);
        }
    }

    /** One product, its owner and its rating history. */
    public record ProductFacts(long productId, long ownerId, OrganisationType ownerType, List<RatingFact> ratings)
            implements Serializable {}

    /**
     * One indicator's standing: the value (a count, or a share in percent with one decimal), what it was computed
     * from (numerator and denominator, equal to the value for counts), the target and how far along it is.
     */
    public record Value(Indicator indicator, BigDecimal value, long numerator, long denominator, int target)
            implements Serializable {

        /** Progress towards the target in percent (0 when the target is 0), not capped. */
        public int getPercentOfTarget() {
            if (target == 0) {
                return 0;
            }
            return value.multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(target), 0, RoundingMode.DOWN)
                    .intValue();
        }

        /** Progress for a bar: 0 to 100. */
        public int getBarPercent() {
            return Math.min(100, getPercentOfTarget());
        }

        public boolean isMet() {
            return value.compareTo(BigDecimal.valueOf(target)) >= 0;
        }

        public Indicator getIndicator() {
            return indicator;
        }

        public BigDecimal getValue() {
            return value;
        }

        public long getNumerator() {
            return numerator;
        }

        public long getDenominator() {
            return denominator;
        }

        public int getTarget() {
            return target;
        }
    }

    /** Everything the programme page shows. */
    public record Standing(
            List<Value> values, SortedMap<Integer, Long> participationsByYear, Map<Integer, Long> byStars)
            implements Serializable {

        public Value of(Indicator indicator) {
            return values.stream()
                    .filter(v -> v.indicator() == indicator)
                    .findFirst()
                    .orElseThrow();
        }
    }

    private ProgrammeIndicators() {}

    public static Standing compute(
            List<ProductFacts> products,
            Map<Integer, Long> businessParticipationsByYear,
            Map<Indicator, Integer> targets,
            LocalDate today) {
        long rated = 0;
        long fiveStar = 0;
        long everRated = 0;
        long upgraded = 0;
        var byStars = new TreeMap<Integer, Long>(Comparator.reverseOrder());
        Set<Long> entities = new HashSet<>();
        Set<Long> cooperatives = new HashSet<>();
        Set<Long> craftVillages = new HashSet<>();
        for (var product : products) {
            var ratings = new ArrayList<>(product.ratings());
            if (ratings.isEmpty()) {
                continue;
            }
            ratings.sort(Comparator.comparing(RatingFact::certifiedOn));
            everRated++;
            if (isUpgraded(ratings)) {
                upgraded++;
            }
            var latest = ratings.getLast();
            if (!latest.isValidOn(today)) {
                continue;
            }
            rated++;
            byStars.merge(latest.stars(), 1L, Long::sum);
            if (latest.stars() == 5) {
                fiveStar++;
            }
            entities.add(product.ownerId());
            if (product.ownerType() == OrganisationType.COOPERATIVE) {
                cooperatives.add(product.ownerId());
            } else if (product.ownerType() == OrganisationType.CRAFT_VILLAGE) {
                craftVillages.add(product.ownerId());
            }
        }
        var years = new TreeMap<Integer, Long>(businessParticipationsByYear);
        long thisYear = years.getOrDefault(today.getYear(), 0L);
        var values = new ArrayList<Value>();
        values.add(count(Indicator.RATED_PRODUCTS, rated, targets));
        values.add(count(Indicator.FIVE_STAR_PRODUCTS, fiveStar, targets));
        values.add(share(Indicator.UPGRADED_SHARE, upgraded, everRated, targets));
        values.add(share(Indicator.COOPERATIVE_SHARE, cooperatives.size(), entities.size(), targets));
        values.add(share(Indicator.CRAFT_VILLAGE_SHARE, craftVillages.size(), entities.size(), targets));
        values.add(count(Indicator.TRADE_PARTICIPATIONS, thisYear, targets));
        return new Standing(List.copyOf(values), years, Map.copyOf(byStars));
    }

    /** Whether some rating has more stars than an earlier one (ratings in date order). */
    static boolean isUpgraded(List<RatingFact> ratings) {
        int lowest = Integer.MAX_VALUE;
        for (var rating : ratings) {
            if (rating.stars() > lowest) {
                return true;
            }
            lowest = Math.min(lowest, rating.stars());
        }
        return false;
    }

    /** Share in percent with one decimal; 0 when there is nothing to take a share of. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static Value count(Indicator indicator, long count, Map<Indicator, Integer> targets) {
        return new Value(indicator, BigDecimal.valueOf(count), count, count, targets.getOrDefault(indicator, 0));
    }

    private static Value share(Indicator indicator, long part, long whole, Map<Indicator, Integer> targets) {
        return new Value(indicator, percent(part, whole), part, whole, targets.getOrDefault(indicator, 0));
    }

    /** The plan's targets as a map, for callers that hold them as rows. */
    public static Map<Indicator, Integer> targets(Map<Indicator, Integer> rows) {
        var all = new EnumMap<Indicator, Integer>(Indicator.class);
        all.putAll(rows);
        return all;
    }
}
