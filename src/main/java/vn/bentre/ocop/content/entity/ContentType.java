package vn.bentre.ocop.content.entity;

/** What a content item is; each type has its own public list and its own slug namespace. */
public enum ContentType {
    NEWS,
    BULLETIN,
    SERIES,
    MATERIAL,
    DOCUMENT
}
