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

    /**
     * The form control a visible label names (label text without the trailing required mark), inside the given
     * element or the whole page.
     */
    static final String FIELD_BY_LABEL = """
            const [wanted, scope] = arguments;
            const root = scope || document;
            const norm = s => (s || '').replace(/\\s+/g, ' ').replace(/\\s*\\*$/, '').trim();
            for (const label of root.querySelectorAll('label')) {
                if (norm(label.textContent) !== wanted) continue;
                const target = label.control || (label.htmlFor && document.getElementById(label.htmlFor));
                if (!target) continue;
                return target.querySelector('[contenteditable=true]') || target;
            }
            const named = [...root.querySelectorAll('input, select, textarea, [contenteditable=true]')]
                .filter(e => norm(e.getAttribute('aria-label')) === wanted);
            return named.length ? named[0] : null;
            """;

    /** A landmark or region by its accessible name (aria-label, or the text aria-labelledby names), or a selector. */
    static final String REGION = """
            const wanted = arguments[0];
            const named = [...document.querySelectorAll('[aria-label], [aria-labelledby]')].find(e =>
                e.getAttribute('aria-label') === wanted || (e.getAttribute('aria-labelledby') &&
                (document.getElementById(e.getAttribute('aria-labelledby'))?.textContent || '')
                    .replace(/\\s+/g, ' ').trim() === wanted));
            if (named) return named;
            try { return document.querySelector(wanted); } catch (e) { return null; }
            """;

    /**
     * The visible table row of the main content with a cell showing exactly this text, or else the first whose
     * text contains it.
     */
    static final String ROW = """
            const wanted = arguments[0];
            const norm = s => (s || '').replace(/\\s+/g, ' ').trim();
            const rows = [...document.querySelectorAll('main tr')].filter(r => r.getClientRects().length > 0);
            return rows.find(r => [...r.cells].some(c => norm(c.innerText) === wanted))
                || rows.find(r => norm(r.innerText).includes(wanted)) || null;
            """;

    /** Fetches an address as the page would (same origin, the browser's cookies): status, type, body in base64. */
    static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
                .then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    let binary = '';
                    for (let i = 0; i < bytes.length; i += 8192) {
                        binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
                    }
                    done({status: r.status, type: r.headers.get('Content-Type') || '', body: btoa(binary)});
                })
                .catch(e => done({status: -1, type: String(e), body: ''}));
            """;

    private Lookups() {}
}
