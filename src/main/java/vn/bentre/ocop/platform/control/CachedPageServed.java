package vn.bentre.ocop.platform.control;

/**
 * Fired when a public page was answered from the {@link PageCache} without rendering it, so that what rendering
 * would have done as a side effect (counting a reading of an article) still happens.
 *
 * @param path the page's path without the context path, e.g. {@code /tin-tuc/some-slug}
 */
public record CachedPageServed(String path) {}
