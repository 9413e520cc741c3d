package vn.bentre.ocop.products.control;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.products.entity.ProductCategory;

/**
 * The ASCII words the public directory and the open data use in URLs for categories ({@code ?nhom=}) and owner types
 * ({@code ?loai=}).
 */
public final class ProductFilterSlugs {

    private static final Map<ProductCategory, String> CATEGORIES = Map.of(
            ProductCategory.FOOD, "thuc-pham",
            ProductCategory.BEVERAGE, "do-uong",
            ProductCategory.HERBAL, "thao-duoc",
            ProductCategory.TEXTILE, "vai-may-mac",
            ProductCategory.HANDICRAFT, "thu-cong-my-nghe",
            ProductCategory.TOURISM, "du-lich");

    private static final Map<OrganisationType, String> TYPES = Map.of(
            OrganisationType.COOPERATIVE, "hop-tac-xa",
            OrganisationType.ENTERPRISE, "doanh-nghiep",
            OrganisationType.HOUSEHOLD_BUSINESS, "ho-kinh-doanh",
            OrganisationType.CRAFT_VILLAGE, "lang-nghe",
            OrganisationType.AGENCY, "co-quan");

    private ProductFilterSlugs() {}

    public static String of(ProductCategory category) {
        return CATEGORIES.get(category);
    }

    public static String of(OrganisationType type) {
        return TYPES.get(type);
    }

    public static Optional<ProductCategory> category(String slug) {
        return Arrays.stream(ProductCategory.values())
                .filter(c -> CATEGORIES.get(c).equals(slug))
                .findFirst();
    }

    public static Optional<OrganisationType> ownerType(String slug) {
        return Arrays.stream(OrganisationType.values())
                .filter(t -> TYPES.get(t).equals(slug))
                .findFirst();
    }
}
