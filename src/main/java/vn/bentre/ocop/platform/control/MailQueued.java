package vn.bentre.ocop.platform.control;

/**
 * Fired by {@link Outbox} once per transaction that queues mail, so that the dispatcher, observing it after the
 * transaction committed, sends at once rather than at its next timer.
 */
public record MailQueued() {}
