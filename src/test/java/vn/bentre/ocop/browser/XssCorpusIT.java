package vn.bentre.ocop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.WebClient;

/**
 * Issue 11: the portal's own XSS corpus ({@code src/test/resources/xss/payloads.txt}, each payload setting a marker
 * with its number when it runs) written through every field a role can write, then every page that shows those
 * fields opened in Chromium: no payload may run anywhere.
 *
 * <p><b>The Content Security Policy is switched off in the browser</b> ({@code Page.setBypassCSP}), so this test proves
 * that the pages escape plain text and that the sanitizer cleans rich text; the CSP is a second wall and must not be
 * what makes this test pass. Before any page script, every frame gets {@code __xss(n)} and replaced
 * {@code alert}/{@code confirm}/{@code prompt} that record {@code n}, and a listener for {@code "__xss<n>"} messages
 * from frames of other origins (data: URLs).
 *
 * <p>Writes: the editor's news and the trainer's materials (title, summary, rich-text body, tags, attachment names,
 * the cover's alt text) and a review comment, through the services the forms call ({@link XssProbe}, as the signed-in
 * role); the trainer's courses (title, description, topic, venue, session link); the administrator's organisations,
 * products, their rating certificate numbers and trade events; the rich-text editor's real form in Chromium (typed
 * text, and raw HTML posted through the editor's field as a tampering client would) and the learner's profile form.
 * Every payload goes through a rich-text body and at least one plain-text field (course descriptions hold them all).
 * Reflected: every payload as a search query, a sign-in {@code next} and a missing page's path over HTTP, where any
 * unescaped {@code <} of a payload is a failure; a share of them is also opened in Chromium.
 *
 * <p>Each page fails on a marker set, a dialog, an element of the page carrying a payload as code (an event-handler
 * attribute, a srcdoc, a frame, object or embed, a javascript:/data:/vbscript: address that mentions a marker; a
 * script that runs sets its marker), or a console error
 * naming a marker; and each page must still show the harmless text of what it displays (plain text word for word, a
 * sanitized body most of its words), so it cannot pass by showing nothing. The summary is printed and written to
 * {@code target/xss/summary.txt}.
 */
@ExtendWith({Chromium.class, ArquillianExtension.class})
@RunAsClient
class XssCorpusIT {

    static final String EDITOR = "bientap@demo.ocop-bentre.vn";
    static final String TRAINER = "giangvien@demo.ocop-bentre.vn";
    static final String ADMIN = "quantri@demo.ocop-bentre.vn";
    static final String LEARNER = "hocvien@demo.ocop-bentre.vn";

    /** Content items carrying the corpus in their bodies (half news by the editor, half materials by the trainer). */
    static final int ITEMS = 8;
    /** Every how many payloads one is also opened in Chromium on a reflecting page (all go through HTTP). */
    static final int REFLECTED_IN_BROWSER_EVERY = 20;

    /**
     * Written after each payload in a body: closes the elements whose content is raw text (an unclosed
     * {@code <iframe>}, {@code <xmp>} or comment would otherwise make the sanitizer drop the payloads after it, and the
     * check that their harmless words still read would mean nothing). It changes nothing of the payload itself.
     */
    static final String CLOSE_RAW_TEXT = "--></iframe></noscript></noembed></noframes></xmp></textarea></title></style>"
            + "</template></select></object></svg></math></table>";

    /**
     * Defined in every frame before the page's own scripts: what a payload calls when it runs. Nothing of the
     * portal uses these names.
     */
    static final String HOOKS = """
            (() => {
              const ran = [];
              const mark = n => { ran.push(String(n)); return undefined; };
              Object.defineProperty(window, '__xssRan', {value: ran});
              window.__xss = mark;
              window.alert = mark;
              window.confirm = n => { mark(n); return false; };
              window.prompt = n => { mark(n); return null; };
              window.print = () => mark('print');
              window.addEventListener('message', e => {
                const m = /^__xss(\\d+)$/.exec(String(e.data));
                if (m) mark(m[1]);
              });
            })();
            """;

    /** What a page shows of a payload as code: returns descriptions of the elements (empty when none). */
    static final String AS_CODE = """
            const found = [];
            if (location.protocol === 'chrome-error:') return found; // the browser's own page for an empty 400
            const marker = /__xss|xss\\d|(alert|confirm|prompt)\\(\\d/i;
            const scripting = /^\\s*(javascript|vbscript|data\\s*:\\s*(text\\/html|image\\/svg|text\\/javascript))/i;
            const visit = (root, where) => {
              for (const el of root.querySelectorAll('*')) {
                for (const a of el.attributes) {
                  const name = a.name.toLowerCase();
                  const value = a.value;
                  if (name.startsWith('on') && marker.test(value)) found.push(where + el.tagName + '[' + name + ']=' + value);
                  if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc']
                        .includes(name) && (name === 'srcdoc' ? marker.test(value) : scripting.test(value) && marker.test(value)))
                    found.push(where + el.tagName + '[' + name + ']=' + value);
                  if (name === 'style' && /expression\\(|javascript:/i.test(value) && marker.test(value))
                    found.push(where + el.tagName + '[style]=' + value);
                }
                const tag = el.tagName.toLowerCase();
                if ((tag === 'meta' && /refresh/i.test(el.httpEquiv || '') && /javascript|data:/i.test(el.content))
                      || (tag === 'base' && !el.href.startsWith(location.origin)))
                  found.push(where + el.outerHTML.slice(0, 160));
                if (tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(where + 'active ' + el.outerHTML.slice(0, 160));
                if (el.shadowRoot) visit(el.shadowRoot, where + 'shadow ');
              }
            };
            visit(document, '');
            return found;
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(XssProbe.class);
    }

    @ArquillianResource
    URL base;

    /** A payload with its number (from 1) and its text, the marker number in place of {N}. */
    record Payload(int n, String text) {

        /** The words after the payload's markup that must still read once it is escaped or sanitized. */
        String harmless() {
            var tail = Pattern.compile("[\\p{L}\\p{M}\\d ]*$").matcher(text);
            return tail.find() ? normal(tail.group()) : "";
        }
    }

    /** A page to open and the texts it must show word for word (plain text) or mostly (sanitized bodies). */
    record Page(String path, List<String> exact, List<String> mostly) {
        Page(String path) {
            this(path, List.of(), List.of());
        }
    }

    final List<Payload> corpus = new ArrayList<>();
    final Set<String> fields = new TreeSet<>();
    final Map<Integer, Set<String>> fieldsOf = new LinkedHashMap<>();
    final List<String> findings = new ArrayList<>();
    final List<String> report = new ArrayList<>();
    int pagesVisited;
    int markersSet;
    int reflectedOverHttp;

    @Test
    void noPayloadRunsOnAnyPageThatShowsWhatARoleWrote() throws Exception {
        long started = System.nanoTime();
        corpus.addAll(load());
        assertThat(corpus).as("payloads in the corpus").hasSizeGreaterThanOrEqualTo(200);
        String run = String.valueOf(System.currentTimeMillis() % 100_000);
        var uri = base.toURI();

        var editor = signedIn(uri, EDITOR);
        var trainer = signedIn(uri, TRAINER);
        var admin = signedIn(uri, ADMIN);
        var learner = signedIn(uri, LEARNER);

        // --- content items: each carries a slice of the corpus in its body, and parts of it in its plain fields
        var publicPages = new ArrayList<Page>();
        var editorPages = new ArrayList<Page>();
        var trainerPages = new ArrayList<Page>();
        var adminPages = new ArrayList<Page>();
        var learnerPages = new ArrayList<Page>();
        int per = (corpus.size() + ITEMS - 1) / ITEMS;
        var itemIds = new ArrayList<Long>();
        for (int k = 0; k < ITEMS; k++) {
            var slice = corpus.subList(k * per, Math.min(corpus.size(), (k + 1) * per));
            boolean news = k < ITEMS / 2;
            var writer = news ? editor : trainer;
            var title = pack("Bài " + run + "-" + k + " ", slice, 0, 250);
            var summary = pack("", slice, 1, 600);
            var tags = slice.stream()
                    .filter(p -> plain(p).length() <= 80)
                    .limit(10)
                    .toList();
            var files = slice.stream()
                    .filter(p -> !p.text().contains("/")
                            && !p.text().contains("\\")
                            && p.text().length() < 120)
                    .skip(10)
                    .limit(2)
                    .toList();
            var alt = slice.stream()
                    .filter(p -> plain(p).length() <= 240)
                    .skip(12)
                    .findFirst()
                    .orElseThrow();
            var body = slice.stream()
                    .map(p -> "<p>" + p.text() + CLOSE_RAW_TEXT + "</p>")
                    .collect(Collectors.joining("\n"));
            String answer = probe(
                    writer,
                    Map.of(
                            "op",
                            "item",
                            "type",
                            news ? "NEWS" : "MATERIAL",
                            "title",
                            title.text,
                            "summary",
                            summary.text,
                            "body",
                            body,
                            "tags",
                            tags.stream().map(XssCorpusIT::plain).collect(Collectors.joining(XssProbe.SEPARATOR)),
                            "files",
                            files.stream().map(p -> plain(p) + ".pdf").collect(Collectors.joining(XssProbe.SEPARATOR)),
                            "alt",
                            plain(alt)));
            long id = Long.parseLong(answer.split("\\|")[0]);
            String slug = answer.split("\\|", 2)[1];
            itemIds.add(id);
            String kind = news ? "news" : "material";
            note(title.payloads, kind + " title");
            note(summary.payloads, kind + " summary");
            note(slice, kind + " rich-text body");
            note(tags, kind + " tag");
            note(files, kind + " attachment name");
            note(List.of(alt), kind + " cover alt text");
            if (news) {
                probe(editor, Map.of("op", "submit", "id", String.valueOf(id)));
            }
            probe(admin, Map.of("op", "publish", "id", String.valueOf(id)));

            var exact = new ArrayList<String>();
            exact.add(normal(title.text));
            exact.add(normal(summary.text));
            tags.forEach(t -> exact.add(normal(plain(t))));
            // a file's name loses its control characters (FileNames.baseName), a tab included
            files.forEach(f -> exact.add(normal(plain(f).replaceAll("\\p{Cntrl}", ""))));
            var mostly = slice.stream().map(Payload::harmless).toList();
            String segment = news ? "tin-tuc" : "tai-lieu";
            publicPages.add(new Page("/" + segment + "/" + slug, exact, mostly));
            if (news) {
                editorPages.add(new Page("/bien-tap/soan?id=" + id, List.of(), List.of()));
                editorPages.add(new Page("/bien-tap/xem-truoc?id=" + id, List.of(normal(title.text)), mostly));
                if (k == 0) {
                    editorPages.add(new Page("/bien-tap/chi-tiet?id=" + id));
                    editorPages.add(new Page("/bien-tap/tep?bai=" + id));
                    editorPages.add(new Page("/bien-tap/phien-ban?id=" + id));
                }
            } else {
                trainerPages.add(new Page("/giang-vien/soan-tai-lieu?id=" + id));
                trainerPages.add(
                        new Page("/giang-vien/xem-truoc-tai-lieu?id=" + id, List.of(normal(title.text)), mostly));
                if (k == ITEMS / 2) {
                    trainerPages.add(new Page("/giang-vien/chi-tiet-tai-lieu?id=" + id));
                    trainerPages.add(new Page("/giang-vien/tep-tai-lieu?bai=" + id));
                }
            }
            if (k == 0 || k == ITEMS / 2) {
                String tag = slugOf(plain(tags.getFirst()));
                publicPages.add(new Page("/" + segment + "?the=" + tag));
            }
        }

        // a review comment the administrator sends back to the editor (stays a draft the editor reopens)
        var commented = pack("", corpus.subList(corpus.size() - 40, corpus.size()), 0, 1000);
        String draft = probe(
                        editor,
                        Map.of(
                                "op",
                                "item",
                                "type",
                                "NEWS",
                                "title",
                                "Bản nháp bị trả lại " + run,
                                "body",
                                "<p>Nháp</p>"))
                .split("\\|")[0];
        probe(editor, Map.of("op", "submit", "id", draft));
        probe(admin, Map.of("op", "sendBack", "id", draft, "comment", commented.text));
        note(commented.payloads, "review comment");
        editorPages.add(new Page("/bien-tap/soan?id=" + draft, List.of(normal(commented.text)), List.of()));

        // --- courses: every payload in a description; titles, topics, venues and session links take some too
        var descriptions = packAll(corpus, 3900);
        var courseCodes = new ArrayList<String>();
        var courseIds = new ArrayList<String>();
        for (int c = 0; c < descriptions.size(); c++) {
            var description = descriptions.get(c);
            var first = description.payloads.getFirst();
            var title = pack("Khóa " + run + "-" + c + " ", description.payloads, 0, 250);
            var topic = pack("", description.payloads, 1, 120);
            var venue = pack("", description.payloads, 2, 300);
            var linked = description.payloads.get(Math.min(4, description.payloads.size() - 1));
            String link = "https://ocop.example/" + plain(linked).replaceAll("\\s+", "");
            String code = "xss-" + run + "-" + c;
            String id = probe(
                    trainer,
                    Map.of(
                            "op",
                            "course",
                            "code",
                            code,
                            "title",
                            title.text,
                            "description",
                            description.text,
                            "topic",
                            topic.text.isBlank() ? "Chủ đề " + first.n() : topic.text,
                            "venue",
                            venue.text,
                            "link",
                            link.substring(0, Math.min(500, link.length()))));
            courseCodes.add(code);
            courseIds.add(id);
            note(description.payloads, "course description");
            note(title.payloads, "course title");
            note(topic.payloads, "course topic");
            note(venue.payloads, "session venue");
            note(List.of(linked), "session link");
            publicPages.add(new Page(
                    "/khoa-hoc/" + code,
                    List.of(normal(title.text), normal(description.text), normal(venue.text)),
                    List.of()));
            trainerPages.add(new Page("/giang-vien/soan-khoa-hoc?id=" + id));
            trainerPages.add(new Page("/giang-vien/lop?id=" + id));
        }

        // --- organisations, products (with a rating) and trade events, as the administrator
        for (int p = 0; p < 2; p++) {
            var slice = corpus.subList(p * 40, p * 40 + 40);
            var name = pack("Sản phẩm " + run + "-" + p + " ", slice, 0, 200);
            var description = pack("", slice, 1, 1000);
            var organisation = pack("HTX " + run + "-" + p + " ", slice, 20, 200);
            var address = pack("", slice, 21, 300);
            var certificate = slice.stream()
                    .filter(x -> plain(x).length() <= 33)
                    .findFirst()
                    .orElseThrow();
            String answer = probe(
                    admin,
                    Map.of(
                            "op", "product",
                            "name", name.text,
                            "description", description.text,
                            "organisation", organisation.text,
                            "address", address.text,
                            "certificate", plain(certificate) + "-" + run));
            note(name.payloads, "product name");
            note(description.payloads, "product description");
            note(organisation.payloads, "organisation name");
            note(address.payloads, "organisation address");
            note(List.of(certificate), "rating certificate number");
            var eventName = pack("Hội chợ " + run + "-" + p + " ", slice, 30, 200);
            var eventVenue = pack("", slice, 31, 200);
            probe(admin, Map.of("op", "trade", "name", eventName.text, "venue", eventVenue.text));
            note(eventName.payloads, "trade event name");
            note(eventVenue.payloads, "trade event venue");
            publicPages.add(new Page(
                    "/san-pham/" + answer.split("\\|")[0],
                    List.of(normal(name.text), normal(description.text), normal(organisation.text)),
                    List.of()));
        }

        // the learner takes a seat in the first course, so the trainer's roster shows their profile
        var enrolled = learner.post("/api/khoa-hoc/" + courseCodes.getFirst() + "/dang-ky", Map.of());
        assertThat(enrolled.statusCode()).as(enrolled.body()).isBetween(200, 299);

        // --- the real forms in Chromium (CSP bypassed there too), then every page that shows what was written
        try (var journey = Journey.start("xss-corpus", base)) {
            var learnerBrowser = open(journey, "hoc vien");
            People.signIn(learnerBrowser, LEARNER, "Phạm Thị Mỹ Linh");
            var name = corpus.get(2);
            var position = corpus.get(40);
            var organisation = corpus.get(41);
            learnerBrowser.open("/ca-nhan/ho-so");
            learnerBrowser
                    .type("Họ và tên", plain(name))
                    .type("Chức vụ", plain(position))
                    .type("Tên tổ chức (nếu không có trong danh sách)", plain(organisation))
                    .clickButton("Lưu")
                    .expectText("Đã lưu hồ sơ.");
            note(List.of(name), "profile full name (form)");
            note(List.of(position), "profile position (form)");
            note(List.of(organisation), "profile organisation (form)");
            learnerPages.add(new Page("/ca-nhan/ho-so"));
            learnerPages.add(new Page("/ca-nhan/", List.of(normal(plain(name))), List.of()));
            learnerPages.add(new Page("/ca-nhan/khoa-hoc"));
            learnerPages.add(new Page("/ca-nhan/ho-so-boi-duong"));
            trainerPages.add(
                    new Page("/giang-vien/lop?id=" + courseIds.getFirst(), List.of(normal(plain(name))), List.of()));
            adminPages.add(new Page("/quan-tri/nguoi-dung", List.of(), List.of()));

            // the editor's rich-text form: typed markup stays text; raw HTML posted in the editor's field is sanitized
            var editorBrowser = open(journey, "bien tap");
            People.signIn(editorBrowser, EDITOR, "Trần Minh Khoa");
            var typed = corpus.subList(60, 70);
            var posted = corpus.subList(100, 140);
            String formTitle = "Biểu mẫu " + run + " " + plain(corpus.get(61));
            editorBrowser.open("/bien-tap/soan").expectHeading("Soạn nội dung mới");
            editorBrowser
                    .type("Tiêu đề", formTitle)
                    .type("Tóm tắt", plain(corpus.get(62)))
                    .clickInto("Nội dung")
                    .keys(typed.stream().map(Payload::text).collect(Collectors.joining(" ")))
                    // leaving the editor copies what it shows into its form field; the field is then overwritten
                    .clickInto("Tiêu đề");
            String rawHtml = posted.stream()
                    .map(p -> "<p>" + p.text() + CLOSE_RAW_TEXT + "</p>")
                    .collect(Collectors.joining());
            ((JavascriptExecutor) editorBrowser.driver())
                    .executeScript(
                            "const body = document.querySelector('[id$=\"body_input\"]'); body.value = arguments[0];",
                            rawHtml);
            editorBrowser.clickButton("Lưu").expectText("Đã lưu (phiên bản 1).");
            String formId = editorBrowser.path().replaceAll(".*[?&]id=(\\d+).*", "$1");
            note(List.of(corpus.get(61)), "news title (form)");
            note(List.of(corpus.get(62)), "news summary (form)");
            note(posted, "rich-text body (form, raw HTML)");
            note(typed, "rich-text body (form, typed)");
            probe(editor, Map.of("op", "submit", "id", formId));
            probe(admin, Map.of("op", "publish", "id", formId));
            String formSlug = slugOf(formTitle);
            editorPages.add(new Page("/bien-tap/soan?id=" + formId));
            editorPages.add(new Page(
                    "/bien-tap/xem-truoc?id=" + formId,
                    List.of(normal(formTitle)),
                    posted.stream().map(Payload::harmless).toList()));
            editorPages.add(new Page("/bien-tap/noi-dung"));
            editorPages.add(new Page("/bien-tap/noi-dung?trang=2"));
            editorPages.add(new Page("/bien-tap/duyet"));
            editorPages.add(new Page("/bien-tap/"));
            publicPages.add(new Page("/tin-tuc/" + formSlug, List.of(normal(formTitle)), List.of()));

            publicPages.addAll(
                    0,
                    List.of(
                            new Page("/"),
                            new Page("/tin-tuc"),
                            new Page("/tai-lieu"),
                            new Page("/khoa-hoc"),
                            new Page("/san-pham"),
                            new Page("/chuong-trinh")));
            trainerPages.addAll(
                    0,
                    List.of(
                            new Page("/giang-vien/"),
                            new Page("/giang-vien/tai-lieu"),
                            new Page("/giang-vien/khoa-hoc")));
            adminPages.addAll(List.of(
                    new Page("/quan-tri/"),
                    new Page("/quan-tri/san-pham"),
                    new Page("/quan-tri/to-chuc"),
                    new Page("/quan-tri/xuc-tien"),
                    new Page("/quan-tri/nhat-ky"),
                    new Page("/quan-tri/ho-so-boi-duong"),
                    new Page("/quan-tri/thu-di")));

            // every stored page, in the browser of the role that sees it
            visitAll(learnerBrowser, learnerPages);
            learnerBrowser.close();
            visitAll(editorBrowser, editorPages);
            var trainerBrowser = open(journey, "giang vien");
            People.signIn(trainerBrowser, TRAINER, "Lê Văn Phúc");
            visitAll(trainerBrowser, trainerPages);
            var adminBrowser = open(journey, "quan tri");
            People.signIn(adminBrowser, ADMIN, "Nguyễn Thị Thu Hà");
            visitAll(adminBrowser, adminPages);
            adminBrowser.close();
            var reader = open(journey, "ban doc");
            visitAll(reader, publicPages);

            // search results for words of the stored titles and bodies, and the feeds (opened as a browser would)
            for (var word : List.of("Mứt dừa", "bưởi", "onerror", "script", "Bài " + run, "Khóa " + run)) {
                visit(reader, new Page("/tim-kiem?q=" + enc(word)));
            }
            for (var feed :
                    List.of("/rss/tin-tuc.xml", "/atom/tin-tuc.xml", "/rss/tai-lieu.xml", "/atom/tai-lieu.xml")) {
                checkFeed(new WebClient(uri), feed);
                visit(reader, new Page(feed));
            }

            // reflected: every payload over HTTP in three places, a share of them in the browser too
            reflected(new WebClient(uri), reader);
            editorBrowser.close();
            trainerBrowser.close();
            reader.close();
        }

        // every payload went through a rich-text body and at least one plain-text field
        for (var p : corpus) {
            var through = fieldsOf.getOrDefault(p.n(), Set.of());
            assertThat(through).as("fields payload %d went through", p.n()).anyMatch(f -> f.contains("rich-text body"));
            assertThat(through)
                    .as("plain fields payload %d went through", p.n())
                    .anyMatch(f -> !f.contains("rich-text"));
        }

        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        String summary = String.format(
                "XSS corpus: %d payloads, %d fields, %d pages visited in Chromium (CSP bypassed), %d reflected requests"
                        + " over HTTP, markers set = %d, findings = %d (%d s)",
                corpus.size(), fields.size(), pagesVisited, reflectedOverHttp, markersSet, findings.size(), seconds);
        System.out.println(summary);
        writeReport(summary);
        assertThat(findings)
                .as("payloads that ran or reached a page as code:%n  %s", String.join("\n  ", findings))
                .isEmpty();
        assertThat(markersSet).isZero();
    }

    // --- the browser

    /** A person's Chromium with the page's CSP bypassed and the marker hooks installed before any page script. */
    private static Browser open(Journey journey, String who) {
        var browser = journey.person(who, Browser.Screen.DESKTOP);
        var chromium = (ChromeDriver) browser.driver();
        // Switched off on purpose: this test proves escaping and sanitizing, not the Content Security Policy.
        chromium.executeCdpCommand("Page.enable", Map.of());
        chromium.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
        return browser;
    }

    private void visitAll(Browser browser, List<Page> pages) {
        for (var page : pages) {
            visit(browser, page);
        }
    }

    /** Opens a page, lets it settle, and records what ran, what reached the page as code and what text is missing. */
    private void visit(Browser browser, Page page) {
        pagesVisited++;
        var js = (JavascriptExecutor) browser.driver();
        List<String> ran;
        List<String> asCode;
        String text;
        try {
            browser.open(page.path());
            // the load, then a moment for error and focus handlers (images that fail, autofocus, toggles, frames)
            js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " const settle = () => setTimeout(done, 250);"
                    + " document.readyState === 'complete' ? settle() : addEventListener('load', settle);");
            @SuppressWarnings("unchecked")
            var fired = (List<Object>) js.executeScript("const ran = (window.__xssRan || []).slice();"
                    + " for (const k in document.documentElement.dataset) if (/^xss/.test(k)) ran.push(k);"
                    + " for (const f of document.querySelectorAll('iframe')) {"
                    + "   try { ran.push(...(f.contentWindow.__xssRan || [])); } catch (e) {} }"
                    + " return ran;");
            ran = fired.stream().map(String::valueOf).toList();
            @SuppressWarnings("unchecked")
            var code = (List<String>) js.executeScript(AS_CODE);
            asCode = code;
            text = normal((String) js.executeScript("return document.body ? document.body.innerText : '';"));
        } catch (UnhandledAlertException dialog) {
            markersSet++;
            findings.add(page.path() + ": a JavaScript dialog opened: " + dialog.getAlertText());
            dismiss(browser);
            return;
        }
        try {
            var alert = browser.driver().switchTo().alert();
            findings.add(page.path() + ": a JavaScript dialog opened: " + alert.getText());
            alert.dismiss();
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        if (!ran.isEmpty()) {
            markersSet += ran.size();
            findings.add(page.path() + ": markers set " + ran);
        }
        asCode.forEach(element -> findings.add(page.path() + ": reached the page as code: " + element));
        for (String error : browser.consoleErrors()) {
            // a payload in a missing page's address is named by the 404 itself; anything else naming one is not
            boolean named = error.contains("__xss") && !error.contains("Failed to load resource");
            if (named || error.contains("Content Security Policy")) {
                findings.add(page.path() + ": console: " + error);
            }
        }
        for (String expected : page.exact()) {
            if (!expected.isBlank() && !text.contains(expected)) {
                findings.add(page.path() + ": does not show the plain text as written: " + expected);
            }
        }
        var lost = page.mostly().stream()
                .filter(words -> !words.isBlank() && !text.contains(words))
                .toList();
        if (lost.size() * 5 > page.mostly().size()) {
            findings.add(page.path() + ": the sanitized body lost the harmless text of " + lost.size() + " of "
                    + page.mostly().size() + " payloads: " + lost);
        }
        report.add(String.format("%-60s markers=%d code=%d", page.path(), ran.size(), asCode.size()));
    }

    private static void dismiss(Browser browser) {
        try {
            browser.driver().switchTo().alert().dismiss();
        } catch (NoAlertPresentException gone) {
            // nothing to close
        }
    }

    // --- reflected parameters

    /**
     * Every payload as a search query, a sign-in page's {@code next} and a missing page's path: the answer may hold
     * the payload only escaped (no {@code <} of it raw). Every {@value #REFLECTED_IN_BROWSER_EVERY}th is opened in
     * Chromium as well.
     */
    private void reflected(WebClient http, Browser reader) throws IOException, InterruptedException {
        for (var p : corpus) {
            String text = p.text();
            String q = text.length() > 200 ? text.substring(0, 200) : text;
            var paths = List.of(
                    "/tim-kiem?q=" + enc(q),
                    "/dang-nhap?next=" + enc(text),
                    "/khong-co-trang/" + enc(text).replace("+", "%20"));
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                reflectedOverHttp++;
                HttpResponse<String> answer;
                try {
                    answer = http.get(path);
                } catch (IllegalArgumentException unsendable) {
                    continue; // the client itself refuses (a NUL): no browser would send it either
                }
                if (answer.statusCode() >= 500) {
                    findings.add(path + ": answered " + answer.statusCode());
                }
                if (text.contains("<") && answer.body().contains(stripped(text))) {
                    findings.add(path + ": the page holds payload " + p.n() + " unescaped");
                }
                if (p.n() % REFLECTED_IN_BROWSER_EVERY == i) {
                    visit(reader, new Page(path));
                }
            }
            note(List.of(p), "reflected search query, next, path");
        }
    }

    /** The markup part of a payload, as it would appear raw: up to its harmless trailing words. */
    private static String stripped(String text) {
        int close = text.lastIndexOf('>');
        return close < 0 ? text : text.substring(0, close + 1);
    }

    // --- feeds

    /** A feed is well-formed XML whose elements are all the feed's own: nothing of a payload became an element. */
    private void checkFeed(WebClient http, String path) throws Exception {
        var answer = http.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
        NodeList all = document.getElementsByTagNameNS("*", "*");
        var allowed = Set.of(
                "rss",
                "channel",
                "title",
                "link",
                "description",
                "language",
                "item",
                "guid",
                "pubDate",
                "lastBuildDate",
                "feed",
                "id",
                "updated",
                "entry",
                "summary",
                "content",
                "author",
                "name",
                "published",
                "category",
                "subtitle",
                "rights",
                "generator",
                "icon",
                "logo",
                "enclosure",
                "atom:link",
                "self",
                "creator",
                "date");
        for (int i = 0; i < all.getLength(); i++) {
            var element = (Element) all.item(i);
            if (!allowed.contains(element.getLocalName())) {
                findings.add(path + ": the feed holds an element <" + element.getTagName() + ">");
            }
            for (String attribute : List.of("href", "src")) {
                String value = element.getAttribute(attribute);
                if (Pattern.compile("^\\s*(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE)
                        .matcher(value)
                        .find()) {
                    findings.add(path + ": the feed links to " + value);
                }
            }
        }
        pagesVisited++;
    }

    // --- writing

    private static WebClient signedIn(URI base, String email) throws IOException, InterruptedException {
        var client = new WebClient(base);
        var answer = client.signIn(email, People.PASSWORD);
        assertThat(answer.statusCode()).as("sign-in of " + email).isEqualTo(200);
        return client;
    }

    private static String probe(WebClient client, Map<String, String> fields) throws IOException, InterruptedException {
        var answer = client.post("/test/xss", fields);
        assertThat(answer.statusCode())
                .as("%s: %s", fields.get("op"), answer.body())
                .isEqualTo(200);
        return answer.body();
    }

    private void note(List<Payload> payloads, String field) {
        fields.add(field);
        for (var p : payloads) {
            fieldsOf.computeIfAbsent(p.n(), n -> new LinkedHashSet<>()).add(field);
        }
    }

    /** Text and the payloads it holds. */
    record Packed(String text, List<Payload> payloads) {}

    /** {@code prefix} and the payloads from {@code from} on that fit in {@code max} characters, as plain text. */
    private static Packed pack(String prefix, List<Payload> slice, int from, int max) {
        var text = new StringBuilder(prefix);
        var in = new ArrayList<Payload>();
        for (int i = from; i < slice.size(); i++) {
            String next = plain(slice.get(i));
            if (text.length() + next.length() + 1 > max) {
                if (in.isEmpty()) {
                    continue;
                }
                break;
            }
            text.append(text.isEmpty() || text.toString().endsWith(" ") ? "" : " ")
                    .append(next);
            in.add(slice.get(i));
        }
        return new Packed(text.toString(), in);
    }

    /** All payloads, in as few texts of at most {@code max} characters as they fit. */
    private static List<Packed> packAll(List<Payload> all, int max) {
        var packs = new ArrayList<Packed>();
        int i = 0;
        while (i < all.size()) {
            var pack = pack("", all, i, max);
            packs.add(pack);
            i += pack.payloads.size();
        }
        return packs;
    }

    /** A payload for a plain-text field: the same, without NULs (which a database refuses in text). */
    private static String plain(Payload p) {
        return p.text().replace("\0", "");
    }

    /** Text as a page's innerText shows it: whitespace runs made one space, trimmed. */
    static String normal(String text) {
        return text.replace("\0", "").replaceAll("\\s+", " ").strip();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The portal's slug of a title (tags are found by it): Vietnamese letters folded, other runs made hyphens. */
    private static String slugOf(String text) {
        String folded = java.text.Normalizer.normalize(
                        text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    // --- the corpus and the report

    private static List<Payload> load() throws IOException {
        var payloads = new ArrayList<Payload>();
        try (var in = XssCorpusIT.class.getResourceAsStream("/xss/payloads.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("# ") || line.equals("#")) {
                    continue;
                }
                assertThat(line).as("a payload carries its number").contains("{N}");
                int n = payloads.size() + 1;
                payloads.add(new Payload(n, unescape(line).replace("{N}", String.valueOf(n))));
            }
        }
        return payloads;
    }

    /** The corpus file's escapes: \0 NUL, \t tab, \n line break, \\ backslash; any other backslash stays. */
    static String unescape(String line) {
        var out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(i + 1);
                String replaced = switch (e) {
                    case '0' -> "\0";
                    case 't' -> "\t";
                    case 'n' -> "\n";
                    case '\\' -> "\\";
                    default -> null;
                };
                if (replaced != null) {
                    out.append(replaced);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private void writeReport(String summary) {
        try {
            var folder = Path.of("target", "xss");
            Files.createDirectories(folder);
            var lines = new ArrayList<String>();
            lines.add(summary);
            lines.add("");
            lines.add("Fields (" + fields.size() + "):");
            fields.forEach(f -> lines.add("  " + f));
            lines.add("");
            lines.add("Findings (" + findings.size() + "):");
            findings.forEach(f -> lines.add("  " + f));
            lines.add("");
            lines.add("Pages:");
            lines.addAll(report);
            Files.write(folder.resolve("summary.txt"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
