package vn.bentre.ocop.content.entity;

/**
 * What the editorial workflow tells the rest of the portal whenever an item's public face may have changed: it
 * was published (at once or by the scheduler), archived, expired, or edited while published. Fired as a CDI event
 * inside the transaction that made the change, so observers (search index, subscriptions, page caches) act in
 * the same transaction or, with {@code TransactionPhase.AFTER_SUCCESS}, only once it committed.
 *
 * @param itemId the content item
 * @param type its type
 * @param kind what happened
 */
public record ContentChanged(long itemId, ContentType type, Kind kind) {

    public enum Kind {
        /** Became visible to readers (published now, or its scheduled time came). */
        PUBLISHED,
        /** Changed while visible (a new revision of a published item). */
        UPDATED,
        /** No longer visible (archived or expired). */
        WITHDRAWN
    }
}
