package vn.bentre.ocop.products.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.products.control.ProgrammeIndicators.ProductFacts;
import vn.bentre.ocop.products.control.ProgrammeIndicators.RatingFact;
import vn.bentre.ocop.products.entity.Indicator;
import vn.bentre.ocop.products.entity.ProductRating;

class ProgrammeIndicatorsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Map<Indicator, Integer> PLAN = Map.of(
            Indicator.RATED_PRODUCTS, 200,
            Indicator.FIVE_STAR_PRODUCTS, 30,
            Indicator.UPGRADED_SHARE, 20,
            Indicator.COOPERATIVE_SHARE, 20,
            Indicator.CRAFT_VILLAGE_SHARE, 10,
            Indicator.TRADE_PARTICIPATIONS, 100);

    static RatingFact rating(int stars, LocalDate signed) {
        return new RatingFact(stars, signed, ProductRating.lastValidDay(signed));
    }

    static ProductFacts product(long id, long owner, OrganisationType type, RatingFact... ratings) {
        return new ProductFacts(id, owner, type, List.of(ratings));
    }

    @Test
    void noProductsGiveZeroesNotDivisionByZero() {
        var standing = ProgrammeIndicators.compute(List.of(), Map.of(), PLAN, TODAY);

        assertThat(standing.values()).hasSize(6);
        for (var value : standing.values()) {
            assertThat(value.value()).isZero();
            assertThat(value.getPercentOfTarget()).isZero();
            assertThat(value.isMet()).isFalse();
        }
        assertThat(standing.of(Indicator.UPGRADED_SHARE).value()).isEqualByComparingTo("0.0");
    }

    @Test
    void anExpiredCertificateNoLongerCountsButItsUpgradeHistoryDoes() {
        var expired = product(
                1,
                10,
                OrganisationType.COOPERATIVE,
                rating(3, TODAY.minusMonths(60)),
                rating(4, TODAY.minusMonths(37)));
        var valid = product(2, 20, OrganisationType.ENTERPRISE, rating(5, TODAY.minusMonths(35)));

        var standing = ProgrammeIndicators.compute(List.of(expired, valid), Map.of(), PLAN, TODAY);

        assertThat(standing.of(Indicator.RATED_PRODUCTS).value()).isEqualByComparingTo("1");
        assertThat(standing.of(Indicator.FIVE_STAR_PRODUCTS).value()).isEqualByComparingTo("1");
        assertThat(standing.of(Indicator.UPGRADED_SHARE).value()).isEqualByComparingTo("50.0");
        assertThat(standing.of(Indicator.COOPERATIVE_SHARE).numerator())
                .as("the cooperative owns no rated product any more")
                .isZero();
    }

    @Test
    void aCertificateIsValidThroughTheDayBeforeThirtySixMonthsLater() {
        var signed = TODAY.minusMonths(36);
        var lastDay = product(1, 1, OrganisationType.ENTERPRISE, rating(3, signed.plusDays(1)));
        var dayAfter = product(2, 2, OrganisationType.ENTERPRISE, rating(3, signed));

        var standing = ProgrammeIndicators.compute(List.of(lastDay, dayAfter), Map.of(), PLAN, TODAY);

        assertThat(standing.of(Indicator.RATED_PRODUCTS).value()).isEqualByComparingTo("1");
    }

    @Test
    void anUpgradeIsALaterRatingWithMoreStarsWhateverTheOrderRecorded() {
        var down = product(
                1, 1, OrganisationType.ENTERPRISE, rating(4, TODAY.minusMonths(30)), rating(3, TODAY.minusMonths(1)));
        var upAfterDown = product(
                2,
                1,
                OrganisationType.ENTERPRISE,
                rating(4, TODAY.minusMonths(3)),
                rating(3, TODAY.minusMonths(20)),
                rating(5, TODAY.minusMonths(40)));
        var same = product(
                3, 1, OrganisationType.ENTERPRISE, rating(4, TODAY.minusMonths(30)), rating(4, TODAY.minusMonths(2)));
        var once = product(4, 1, OrganisationType.ENTERPRISE, rating(3, TODAY.minusMonths(2)));

        var standing = ProgrammeIndicators.compute(List.of(down, upAfterDown, same, once), Map.of(), PLAN, TODAY);

        var upgraded = standing.of(Indicator.UPGRADED_SHARE);
        assertThat(upgraded.numerator()).isEqualTo(1);
        assertThat(upgraded.denominator()).isEqualTo(4);
        assertThat(upgraded.value()).isEqualByComparingTo("25.0");
        assertThat(upgraded.isMet()).isTrue();
        assertThat(upgraded.getPercentOfTarget()).isEqualTo(125);
        assertThat(upgraded.getBarPercent()).isEqualTo(100);
    }

    @Test
    void sharesOfEntitiesCountEachOwnerOnceAmongOwnersOfRatedProducts() {
        var signed = TODAY.minusMonths(6);
        var products = List.of(
                product(1, 100, OrganisationType.COOPERATIVE, rating(3, signed)),
                product(2, 100, OrganisationType.COOPERATIVE, rating(4, signed)),
                product(3, 200, OrganisationType.CRAFT_VILLAGE, rating(3, signed)),
                product(4, 300, OrganisationType.ENTERPRISE, rating(3, signed)),
                product(5, 400, OrganisationType.HOUSEHOLD_BUSINESS, rating(3, signed)),
                product(6, 500, OrganisationType.HOUSEHOLD_BUSINESS, rating(3, signed)),
                product(7, 600, OrganisationType.COOPERATIVE));

        var standing = ProgrammeIndicators.compute(products, Map.of(), PLAN, TODAY);

        assertThat(standing.of(Indicator.COOPERATIVE_SHARE).value()).isEqualByComparingTo("20.0");
        assertThat(standing.of(Indicator.COOPERATIVE_SHARE).denominator()).isEqualTo(5);
        assertThat(standing.of(Indicator.CRAFT_VILLAGE_SHARE).value()).isEqualByComparingTo("20.0");
        assertThat(standing.of(Indicator.RATED_PRODUCTS).value()).isEqualByComparingTo("6");
        assertThat(standing.byStars()).containsEntry(3, 5L).containsEntry(4, 1L);
    }

    @Test
    void tradePromotionCountsThisYearsParticipations() {
        var standing = ProgrammeIndicators.compute(List.of(), Map.of(2025, 120L, 2026, 37L), PLAN, TODAY);

        var participations = standing.of(Indicator.TRADE_PARTICIPATIONS);
        assertThat(participations.value()).isEqualByComparingTo("37");
        assertThat(participations.getPercentOfTarget()).isEqualTo(37);
        assertThat(standing.participationsByYear()).containsKeys(2025, 2026);
    }

    @Test
    void percentRoundsHalfUpToOneDecimal() {
        assertThat(ProgrammeIndicators.percent(1, 3)).isEqualTo(new BigDecimal("33.3"));
        assertThat(ProgrammeIndicators.percent(2, 3)).isEqualTo(new BigDecimal("66.7"));
        assertThat(ProgrammeIndicators.percent(0, 0)).isEqualTo(new BigDecimal("0.0"));
    }
}
