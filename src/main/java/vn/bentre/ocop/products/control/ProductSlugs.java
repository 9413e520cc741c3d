package vn.bentre.ocop.products.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** ASCII slugs for product pages, made from the Vietnamese name (đ becomes d), unique among products. */
public final class ProductSlugs {

    public static final int MAX = 100;

    private ProductSlugs() {}

    public static String of(String name) {
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "san-pham" : slug;
    }

    /** The slug, or the first of {@code slug-2}, {@code slug-3} ... not in {@code taken}. */
    public static String unique(String slug, Set<String> taken) {
        if (!taken.contains(slug)) {
            return slug;
        }
        for (int n = 2; ; n++) {
            String candidate = slug + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
