package vn.bentre.ocop.products.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import vn.bentre.ocop.products.entity.Product;
import vn.bentre.ocop.products.entity.ProductCategory;

/** What an administrator types for a product; field names match the form's input ids. */
public record ProductForm(
        @NotBlank @Size(max = Product.NAME_MAX) String name,
        @NotNull Long organisationId,
        @NotNull ProductCategory category,
        @Size(max = Product.DESCRIPTION_MAX) String description)
        implements Serializable {}
