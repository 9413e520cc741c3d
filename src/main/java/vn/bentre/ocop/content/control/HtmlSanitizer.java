package vn.bentre.ocop.content.control;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The only way authored HTML gets into a content body: a tight allow-list (paragraphs, headings h2-h4, lists,
 * emphasis, and links to http, https and mailto that carry {@code rel="nofollow"}). Everything else - scripts,
 * event handlers, styles, images, javascript: links - is dropped, which is what makes it safe for pages to render
 * a stored body without escaping. The editor's own list markup is made plain first ({@link QuillMarkup}).
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
        return html == null ? "" : POLICY.sanitize(QuillMarkup.normalize(html));
    }

    /**
     * The sanitized HTML and the names of the elements and attributes the policy dropped ({@code script},
     * {@code onclick}, {@code style}...), so the author can be told that their text lost something.
     */
    public record Result(String html, Set<String> removed) {

        public boolean changed() {
            return !removed.isEmpty();
        }
    }

    public static Result clean(String html) {
        if (html == null) {
            return new Result("", Set.of());
        }
        var removed = new TreeSet<String>();
        String safe = POLICY.sanitize(
                QuillMarkup.normalize(html),
                new HtmlChangeListener<Set<String>>() {
                    @Override
                    public void discardedTag(Set<String> context, String elementName) {
                        context.add(elementName);
                    }

                    @Override
                    public void discardedAttributes(Set<String> context, String tagName, String... attributeNames) {
                        context.addAll(List.of(attributeNames));
                    }
                },
                removed);
        return new Result(safe, Set.copyOf(removed));
    }
}
