package vn.bentre.ocop.products.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.directory.entity.AdminLevel;
import vn.bentre.ocop.directory.entity.AdminUnit;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.platform.control.BusinessException;

class ProductTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 9, 0);

    final Organisation owner = new Organisation(
            OrganisationType.COOPERATIVE,
            "Hợp tác xã Dừa Thạnh Phú",
            null,
            new AdminUnit("xa-thanh-phu", "Xã Thạnh Phú", AdminLevel.COMMUNE, null, LocalDate.of(2025, 7, 1)),
            NOW);

    Product product() {
        return new Product("mat-hoa-dua", "Mật hoa dừa", owner, ProductCategory.FOOD, null, NOW);
    }

    @Test
    void theLatestRatingIsTheCurrentOneAndValidThirtySixMonths() {
        var product = product();
        product.rate(3, "12/QĐ-UBND", LocalDate.of(2023, 3, 15), NOW);
        product.rate(4, "45/QĐ-UBND", LocalDate.of(2025, 10, 1), NOW);

        assertThat(product.getCurrentStars()).isEqualTo(4);
        assertThat(product.getCertificateNumber()).isEqualTo("45/QĐ-UBND");
        assertThat(product.getExpiresOn()).isEqualTo(LocalDate.of(2028, 9, 30));
        assertThat(product.isCertifiedOn(LocalDate.of(2028, 9, 30))).isTrue();
        assertThat(product.isCertifiedOn(LocalDate.of(2028, 10, 1))).isFalse();
        assertThat(product.getRatings()).hasSize(2);
    }

    @Test
    void aRatingMustBeSignedAfterTheCurrentOne() {
        var product = product();
        product.rate(4, "45/QĐ-UBND", LocalDate.of(2025, 10, 1), NOW);

        assertThatThrownBy(() -> product.rate(5, "46/QĐ-UBND", LocalDate.of(2025, 10, 1), NOW))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("products.rating.notLater");
        assertThatThrownBy(() -> product.rate(6, "47/QĐ-UBND", LocalDate.of(2026, 1, 1), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
