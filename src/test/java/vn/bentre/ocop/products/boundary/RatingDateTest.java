package vn.bentre.ocop.products.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.PortalClockProvider;

/**
 * A rating dated today is accepted at any hour of the Vietnamese day: validation asks the portal's clock
 * ({@code Asia/Ho_Chi_Minh}), not the JVM's (UTC on the servers, seven hours behind).
 */
class RatingDateTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    /** 23:30 on 5 December in Vietnam (16:30 UTC). */
    static final Instant HALF_PAST_ELEVEN_PM = Instant.parse("2026-12-05T16:30:00Z");
    /** 00:30 on 5 December in Vietnam, still 4 December in UTC (17:30). */
    static final Instant HALF_PAST_MIDNIGHT = Instant.parse("2026-12-04T17:30:00Z");

    static Validator validatorWith(Clock clock) {
        // the XML names the same provider (checked below) and a request-bound interpolator this test has no use for
        return Validation.byDefaultProvider()
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(new PortalClockProvider(clock))
                .buildValidatorFactory()
                .getValidator();
    }

    static Validator atPortalTime(Instant instant) {
        return validatorWith(PortalClock.clockFor(PortalClock.DEFAULT_ZONE, instant.toString()));
    }

    static RatingForm ratedOn(LocalDate day) {
        return new RatingForm(4, "OCOP-BT-2026-001", day);
    }

    @Test
    void theValidationConfigurationNamesThePortalClock() {
        assertThat(Validation.byDefaultProvider()
                        .configure()
                        .getBootstrapConfiguration()
                        .getClockProviderClassName())
                .as("META-INF/validation.xml")
                .isEqualTo(PortalClockProvider.class.getName());
    }

    @Test
    void aRatingDatedTodayIsAcceptedAtHalfPastMidnightInVietnam() {
        var validator = atPortalTime(HALF_PAST_MIDNIGHT);
        assertThat(validator.validate(ratedOn(DAY))).isEmpty();
        assertThat(validator.validate(ratedOn(DAY.plusDays(1))))
                .as("tomorrow is still refused")
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("certifiedOn");

        assertThat(validatorWith(Clock.fixed(HALF_PAST_MIDNIGHT, ZoneOffset.UTC))
                        .validate(ratedOn(DAY)))
                .as("what the JVM's clock in UTC said: the bug")
                .hasSize(1);
    }

    @Test
    void aRatingDatedTodayIsAcceptedAtHalfPastElevenPmInVietnam() {
        var validator = atPortalTime(HALF_PAST_ELEVEN_PM);
        assertThat(validator.validate(ratedOn(DAY))).isEmpty();
        assertThat(validator.validate(ratedOn(DAY.minusDays(1)))).isEmpty();
        assertThat(validator.validate(ratedOn(DAY.plusDays(1)))).hasSize(1);
    }
}
