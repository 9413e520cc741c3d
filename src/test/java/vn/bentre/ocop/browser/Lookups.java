package vn.bentre.ocop.browser;

/** The scripts {@link Browser} finds things with, in the page, as a person would: by what is shown. */
final class Lookups {

    /** Finds visible elements matching a selector whose text, value or accessible name is the given one. */
    static final String BY_TEXT = """
            const [selector, wanted, scope] = arguments;
            const norm = s => (s || '').replace(/\\s+/g, ' ').trim();
            const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            const names = e => [norm(e.textContent), norm(e.value), norm(e.getAttribute('aria-label')),
                                norm(e.getAttribute('title'))];
            const root = scope || document;
            const all = [...root.querySelectorAll(selector)].filter(visible);
            return all.filter(e => names(e).includes(wanted)).concat(
                   all.filter(e => names(e).some(n => n.includes(wanted))));
            """;

    /** The form control a visible label names (label text without the trailing required mark). */
    static final String FIELD_BY_LABEL = """
            const wanted = arguments[0];
            const norm = s => (s || '').replace(/\\s+/g, ' ').replace(/\\s*\\*$/, '').trim();
            for (const label of document.querySelectorAll('label')) {
                if (norm(label.textContent) !== wanted) continue;
                const target = label.control || (label.htmlFor && document.getElementById(label.htmlFor));
                if (!target) continue;
                return target.querySelector('[contenteditable=true]') || target;
            }
            const named = [...document.querySelectorAll('input, select, textarea, [contenteditable=true]')]
                .filter(e => norm(e.getAttribute('aria-label')) === wanted);
            return named.length ? named[0] : null;
            """;

    /** A landmark or region by its accessible name (aria-label, or the text aria-labelledby names), or a selector. */
    static final String REGION = """
            const wanted = arguments[0];
            const named = [...document.querySelectorAll('[aria-label], [aria-labelledby]')].find(e =>
                e.getAttribute('aria-label') === wanted || (e.getAttribute('aria-labelledby') &&
                document.getElementById(e.getAttribute('aria-labelledby'))?.textContent.trim() === wanted));
            if (named) return named;
            try { return document.querySelector(wanted); } catch (e) { return null; }
            """;

    private Lookups() {}
}
