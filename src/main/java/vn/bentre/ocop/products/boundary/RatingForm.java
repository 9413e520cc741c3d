package vn.bentre.ocop.products.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import vn.bentre.ocop.products.entity.ProductRating;

/** A rating as recorded from the certificate: stars, its number and its date (not in the future). */
public record RatingForm(
        @NotNull @Min(3) @Max(5) Integer stars,
        @NotBlank @Size(max = ProductRating.CERTIFICATE_MAX) String certificateNumber,
        @NotNull @PastOrPresent LocalDate certifiedOn)
        implements Serializable {}
