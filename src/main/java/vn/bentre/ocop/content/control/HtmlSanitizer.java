package vn.bentre.ocop.content.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The only way authored HTML gets into a content body: a tight allow-list (paragraphs, headings h2-h4, lists,
 * emphasis, and links to http, https and mailto that carry {@code rel="nofollow"}). Everything else - scripts,
 * event handlers, styles, images, javascript: links - is dropped, which is what makes it safe for pages to render
 * a stored body without escaping.
 */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em")
            .allowElements("a")
            .allowAttributes("href")
            .onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow")
            .toFactory();

    private HtmlSanitizer() {}

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
