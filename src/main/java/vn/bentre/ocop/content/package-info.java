/**
 * Content: news articles, bulletin issues, thematic series, training materials and official documents, their
 * publishing workflow and the public pages that read them.
 *
 * <p>Uses platform and identity (every item has an author). Authored HTML is sanitized on save by
 * {@link vn.bentre.ocop.content.control.HtmlSanitizer}, which is what lets pages render bodies unescaped.
 */
package vn.bentre.ocop.content;
