package vn.bentre.ocop.products.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.bentre.ocop.products.entity.ProductRating;

/** One line of a product's rating history; {@code upgrade} when it has more stars than the rating before it. */
public record RatingRow(
        int stars, String certificateNumber, LocalDate certifiedOn, LocalDate expiresOn, boolean upgrade)
        implements Serializable {

    static RatingRow of(ProductRating rating, ProductRating before) {
        return new RatingRow(
                rating.getStars(),
                rating.getCertificateNumber(),
                rating.getCertifiedOn(),
                rating.getExpiresOn(),
                before != null && rating.getStars() > before.getStars());
    }

    public String getStarSymbols() {
        return "★".repeat(stars);
    }
}
