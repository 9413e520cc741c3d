package vn.bentre.ocop.content.entity;

import java.util.List;

/** Where an item is in its workflow: {@code DRAFT -> IN_REVIEW -> PUBLISHED} (or {@code SCHEDULED}) {@code -> ARCHIVED}. */
public enum ContentStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

    /** The statuses readers may see, once the publishing time has come: a scheduled item goes live by itself. */
    public static final List<ContentStatus> VISIBLE = List.of(SCHEDULED, PUBLISHED);
}
