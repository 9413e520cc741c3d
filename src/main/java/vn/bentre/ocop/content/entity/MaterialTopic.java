package vn.bentre.ocop.content.entity;

import java.util.Locale;

/** What a training material is about; the labels are {@code topic.<name>} in the bundles. */
public enum MaterialTopic {
    GOVERNANCE,
    MARKETING,
    PROCESSING,
    DIGITAL,
    TRACEABILITY;

    /** The ASCII word used in URLs ({@code /tai-lieu?chu-de=marketing}). */
    public String slug() {
        return switch (this) {
            case GOVERNANCE -> "quan-tri";
            case MARKETING -> "marketing";
            case PROCESSING -> "che-bien";
            case DIGITAL -> "chuyen-doi-so";
            case TRACEABILITY -> "truy-xuat-nguon-goc";
        };
    }

    public String getSlug() {
        return slug();
    }

    public String getBundleKey() {
        return "topic." + name().toLowerCase(Locale.ROOT);
    }

    public static java.util.Optional<MaterialTopic> bySlug(String slug) {
        for (var topic : values()) {
            if (topic.slug().equals(slug)) {
                return java.util.Optional.of(topic);
            }
        }
        return java.util.Optional.empty();
    }
}
