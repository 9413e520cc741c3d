package vn.bentre.ocop.content.entity;

/** What a stored file is to its item: the cover picture, one of its attachments, or an image's reduced copy. */
public enum FileRole {
    COVER,
    ATTACHMENT,
    VARIANT
}
