package vn.bentre.ocop.content.entity;

/** What a content item is; each type has its own public list and its own slug namespace. */
public enum ContentType {
    NEWS("/tin-tuc"),
    BULLETIN("/ban-tin"),
    SERIES("/chuyen-de"),
    MATERIAL("/tai-lieu"),
    DOCUMENT("/van-ban");

    private final String listPath;

    ContentType(String listPath) {
        this.listPath = listPath;
    }

    /** The public list of this type, e.g. {@code /tin-tuc}; an item's page is {@code listPath + "/" + slug}. */
    public String listPath() {
        return listPath;
    }

    public String itemPath(String slug) {
        return listPath + "/" + slug;
    }
}
