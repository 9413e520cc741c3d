package vn.bentre.ocop.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.WebClient;

/**
 * The editorial workflow on a real Payara Micro, as the demo editor, trainer and administrator: each signs in
 * over HTTP and drives {@code EditorialService} through {@link EditorialProbe}; readers are checked on the public
 * pages and the public read service.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorialIT {

    static final String PASSWORD = "ocop-bentre-demo";
    static final String EDITOR = "bientap@demo.ocop-bentre.vn";
    static final String ADMIN = "quantri@demo.ocop-bentre.vn";
    static final String TRAINER = "giangvien@demo.ocop-bentre.vn";
    static final String LEARNER = "hocvien@demo.ocop-bentre.vn";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(EditorialProbe.class);
    }

    @ArquillianResource
    URL base;

    /** News this test made public: archived afterwards, so the other tests still find the demo news first. */
    final List<Long> madePublic = new ArrayList<>();

    @AfterEach
    void withdrawWhatWasPublished() throws Exception {
        if (!madePublic.isEmpty()) {
            var admin = signedIn(ADMIN);
            for (long id : madePublic) {
                ok(admin, "archive", Map.of("id", id));
            }
        }
    }

    @Test
    void aTrainersMaterialGoesFromDraftToPublishedByTheTrainerAlone() throws Exception {
        var trainer = signedIn(TRAINER);
        long id = created(
                trainer, "MATERIAL", "Sổ tay truy xuất nguồn gốc cho hợp tác xã", "<p>Các bước dán tem QR.</p>");
        String slug = field(ok(trainer, "find", Map.of("id", id)), 1);
        assertThat(slug).isEqualTo("so-tay-truy-xuat-nguon-goc-cho-hop-tac-xa");
        assertThat(ok(trainer, "public", Map.of("type", "MATERIAL", "slug", slug)))
                .isEqualTo("missing");
        var reader = new WebClient(base.toURI());
        assertThat(reader.get("/tai-lieu").body()).doesNotContain("Sổ tay truy xuất nguồn gốc cho hợp tác xã");

        assertThat(ok(trainer, "approve", Map.of("id", id))).isEqualTo("PUBLISHED");
        assertThat(reader.get("/tai-lieu").body())
                .as("the list rendered a moment ago is not served from the page cache after a publication")
                .contains("Sổ tay truy xuất nguồn gốc cho hợp tác xã");

        assertThat(ok(new WebClient(base.toURI()), "public", Map.of("type", "MATERIAL", "slug", slug)))
                .isEqualTo("found|Sổ tay truy xuất nguồn gốc cho hợp tác xã");
        var news = call(trainer, "create", Map.of("type", "NEWS", "title", "Tin của giảng viên", "body", "<p>x</p>"));
        assertThat(news.statusCode()).isEqualTo(409);
        assertThat(news.body()).isEqualTo("content.workflow.typeNotAllowed");
        assertThat(call(signedIn(LEARNER), "revisions", Map.of("id", id)).statusCode())
                .as("a learner is refused by the service itself")
                .isEqualTo(403);
    }

    @Test
    void everyReadingCountsOnceWhetherRenderedOrFromThePageCacheAndReadsAreWrittenInBatches() throws Exception {
        var editor = signedIn(EDITOR);
        var admin = signedIn(ADMIN);
        long id = created(editor, "NEWS", "Bài đọc nhiều để đếm lượt xem", "<p>Nội dung bài được nhiều người đọc.</p>");
        String slug = field(ok(editor, "find", Map.of("id", id)), 1);
        ok(editor, "submit", Map.of("id", id));
        assertThat(ok(admin, "approve", Map.of("id", id))).isEqualTo("PUBLISHED");
        madePublic.add(id);
        ok(admin, "writeReadings", Map.of());
        var item = Map.<String, Object>of("type", "NEWS", "slug", slug);
        long before = Long.parseLong(ok(admin, "views", item));

        // 40 readers at once, 5 readings each: the first rendering and the page cache's answers alike
        int readers = 40;
        int each = 5;
        try (var pool = Executors.newFixedThreadPool(readers)) {
            var done = new ArrayList<Future<Integer>>();
            for (int r = 0; r < readers; r++) {
                done.add(pool.submit(() -> {
                    var reader = new WebClient(base.toURI());
                    int ok = 0;
                    for (int i = 0; i < each; i++) {
                        ok += reader.get("/tin-tuc/" + slug).statusCode() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (var reader : done) {
                assertThat(reader.get()).isEqualTo(each);
            }
        }
        // readings of a missing or unpublished item count nothing
        new WebClient(base.toURI()).get("/tin-tuc/khong-co-bai-nay");
        ok(admin, "writeReadings", Map.of());

        assertThat(Long.parseLong(ok(admin, "views", item)))
                .as("every reading counted exactly once, written in batches (some by the 5 s timer)")
                .isEqualTo(before + readers * each);
    }

    @Test
    void aDraftsPreviewShowsItAsReadersWillSeeItToItsEditorAndToATrainer() throws Exception {
        var editor = signedIn(EDITOR);
        long news =
                created(editor, "NEWS", "Bản nháp xem trước của biên tập", "<p>Đoạn văn chỉ có trong bản nháp.</p>");

        var preview = editor.get("/bien-tap/xem-truoc?id=" + news);

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body())
                .contains("<h1>Bản nháp xem trước của biên tập</h1>", "Đoạn văn chỉ có trong bản nháp.");

        var trainer = signedIn(TRAINER);
        long material = created(trainer, "MATERIAL", "Tài liệu nháp để xem trước", "<p>Hướng dẫn ghi nhãn.</p>");

        var materialPreview = trainer.get("/giang-vien/xem-truoc-tai-lieu?id=" + material);

        assertThat(materialPreview.statusCode()).as(materialPreview.body()).isEqualTo(200);
        assertThat(materialPreview.body()).contains("<h1>Tài liệu nháp để xem trước</h1>", "Hướng dẫn ghi nhãn.");
        assertThat(trainer.get("/giang-vien/xem-truoc-tai-lieu?id=" + news).statusCode())
                .as("a trainer previews training materials only")
                .isEqualTo(404);
    }

    @Test
    void anItemPastItsExpiryIsHiddenAtOnceNotOnlyWhenTheSweepArchivesIt() throws Exception {
        var trainer = signedIn(TRAINER);
        long id = created(trainer, "MATERIAL", "Tài liệu hết hạn về mứt dừa", "<p>Quy trình làm mứt dừa xiêm dẻo.</p>");
        String slug = field(ok(trainer, "find", Map.of("id", id)), 1);
        String file = ok(trainer, "attach", Map.of("id", id));
        assertThat(ok(trainer, "approve", Map.of("id", id))).isEqualTo("PUBLISHED");
        madePublic.add(id);
        var reader = new WebClient(base.toURI());
        assertThat(reader.get("/tim-kiem?q=mut+dua+xiem").body()).contains("/tai-lieu/" + slug);
        assertThat(reader.get("/tai-lieu").body()).contains("Tài liệu hết hạn về mứt dừa");
        assertThat(reader.getBytes(file).statusCode()).isEqualTo(200);

        // The sweep runs at second 0 of each minute: expire just after one, so the checks run before the next.
        while (Integer.parseInt(ok(trainer, "second", Map.of())) > 40) {
            Thread.sleep(1000);
        }
        ok(trainer, "expire", Map.of("id", id));

        assertThat(reader.get("/tim-kiem?q=mut+dua+xiem").body()).as("search").doesNotContain("/" + slug);
        assertThat(reader.get("/api/tim-kiem?q=mut+dua+xiem").body())
                .as("search API")
                .doesNotContain(slug);
        assertThat(reader.get("/tai-lieu").body()).as("the list").doesNotContain("Tài liệu hết hạn về mứt dừa");
        assertThat(reader.get("/tai-lieu/" + slug).statusCode()).as("the item").isEqualTo(404);
        assertThat(reader.getBytes(file).statusCode()).as("its file").isEqualTo(404);
        assertThat(field(ok(trainer, "find", Map.of("id", id)), 0))
                .as("all of this before the sweep archived it")
                .isEqualTo("PUBLISHED");
    }

    @Test
    void anEditorCannotApproveTheirOwnSubmissionButAnAdministratorCan() throws Exception {
        var editor = signedIn(EDITOR);
        long id = created(editor, "NEWS", "Hợp tác xã Chợ Lách ra mắt sản phẩm mới", "<p>Bưởi da xanh sấy dẻo.</p>");
        String slug = field(ok(editor, "find", Map.of("id", id)), 1);
        refused(editor, "approve", Map.of("id", id), "content.workflow.reviewFirst");
        ok(editor, "submit", Map.of("id", id));

        refused(editor, "approve", Map.of("id", id), "content.workflow.ownSubmission");
        assertThat(new WebClient(base.toURI()).get("/tin-tuc/" + slug).statusCode())
                .isEqualTo(404);

        assertThat(ok(signedIn(ADMIN), "approve", Map.of("id", id))).isEqualTo("PUBLISHED");
        madePublic.add(id);
        var page = new WebClient(base.toURI()).get("/tin-tuc/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Hợp tác xã Chợ Lách ra mắt sản phẩm mới</h1>", "Bưởi da xanh sấy dẻo.");
    }

    @Test
    void anEnglishTranslationIsLinkedToItsOriginalAndEachLanguageHasOneVersion() throws Exception {
        var editor = signedIn(EDITOR);
        long original = created(editor, "NEWS", "Bưởi da xanh Chợ Lách vào siêu thị", "<p>Hợp đồng bao tiêu.</p>");
        long english = Long.parseLong(ok(editor, "translate", Map.of("id", original, "lang", "en")));

        assertThat(field(ok(editor, "find", Map.of("id", english)), 2))
                .as("the translation starts from the original's text")
                .isEqualTo("Bưởi da xanh Chợ Lách vào siêu thị");
        assertThat(ok(editor, "translations", Map.of("id", original))).isEqualTo(english + ":en");
        assertThat(ok(editor, "translations", Map.of("id", english))).isEqualTo(original + ":vi");

        refused(editor, "translate", Map.of("id", original, "lang", "en"), "content.translation.exists");
        refused(editor, "translate", Map.of("id", english, "lang", "vi"), "content.translation.exists");
        refused(
                editor,
                "save",
                Map.of("id", original, "title", "Bưởi da xanh", "body", "<p>x</p>", "lang", "en"),
                "content.translation.languageFixed");
        ok(
                editor,
                "save",
                Map.of(
                        "id", english,
                        "title", "Chợ Lách green-skin pomelos reach supermarkets",
                        "body", "<p>A purchase agreement.</p>",
                        "lang", "en"));
        assertThat(field(ok(editor, "find", Map.of("id", english)), 1))
                .as("the translation keeps a slug of its own")
                .isEqualTo("buoi-da-xanh-cho-lach-vao-sieu-thi-en");
    }

    @Test
    void aReviewerSendsBackWithACommentTheAuthorReads() throws Exception {
        var editor = signedIn(EDITOR);
        long id = created(editor, "BULLETIN", "Bản tin nháp cần sửa", "<p>Nội dung</p>");
        ok(editor, "submit", Map.of("id", id));
        var admin = signedIn(ADMIN);
        var blank = call(admin, "sendBack", Map.of("id", id, "comment", " "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).as("the service's own validation").isEqualTo("invalid:comment");

        ok(admin, "sendBack", Map.of("id", id, "comment", "Bổ sung số liệu tháng 11."));

        var item = ok(editor, "find", Map.of("id", id));
        assertThat(field(item, 0)).isEqualTo("DRAFT");
        assertThat(field(item, 4)).isEqualTo("Bổ sung số liệu tháng 11.");
    }

    @Test
    void aScheduledItemBecomesPublicWhenItsTimeComesAndTheSweepPublishesIt() throws Exception {
        var editor = signedIn(EDITOR);
        long id = created(editor, "NEWS", "Lịch hội chợ OCOP tháng 12", "<p>Hội chợ tại Bến Tre.</p>");
        String slug = field(ok(editor, "find", Map.of("id", id)), 1);
        ok(editor, "submit", Map.of("id", id));
        var at = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);

        assertThat(ok(signedIn(ADMIN), "approve", Map.of("id", id, "at", at.toString())))
                .isEqualTo("SCHEDULED");
        madePublic.add(id);
        var reader = new WebClient(base.toURI());
        assertThat(reader.get("/tin-tuc/" + slug).statusCode()).isEqualTo(404);

        long deadline = System.nanoTime() + 75_000_000_000L;
        int status;
        do {
            Thread.sleep(1000);
            status = reader.get("/tin-tuc/" + slug).statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("public once its time came").isEqualTo(200);

        ok(editor, "sweep", Map.of());
        assertThat(field(ok(editor, "find", Map.of("id", id)), 0)).isEqualTo("PUBLISHED");
        assertThat(ok(editor, "sweep", Map.of()))
                .as("nothing left for a second sweep")
                .isEqualTo("0");
    }

    @Test
    void everySaveKeepsARevisionAndRestoringBringsBackTheOldText() throws Exception {
        var editor = signedIn(EDITOR);
        long id = created(editor, "SERIES", "Chuyên đề dừa sáp", "<p>Bản đầu tiên về dừa sáp Cầu Kè.</p>");
        assertThat(field(
                        ok(editor, "save", Map.of("id", id, "title", "Chuyên đề dừa sáp", "body", "<p>Bản sửa.</p>")),
                        0))
                .isEqualTo("2");
        assertThat(ok(editor, "revisions", Map.of("id", id))).isEqualTo("2");
        assertThat(ok(editor, "compare", Map.of("id", id, "a", 1, "b", 2)))
                .contains("Bản đầu tiên về dừa sáp Cầu Kè.", "Bản sửa.", "CHANGED");

        assertThat(ok(editor, "restore", Map.of("id", id, "number", 1))).isEqualTo("3");

        assertThat(field(ok(editor, "find", Map.of("id", id)), 3)).contains("Bản đầu tiên về dừa sáp Cầu Kè.");
        assertThat(ok(editor, "revisions", Map.of("id", id))).isEqualTo("3");
    }

    @Test
    void slugsAreUniquePerTypeAndAPublishedItemsOldSlugStaysReserved() throws Exception {
        var editor = signedIn(EDITOR);
        long first = created(editor, "NEWS", "Đêm hội dừa Bến Tre", "<p>Lễ hội.</p>");
        long second = created(editor, "NEWS", "Đêm hội dừa Bến Tre", "<p>Trùng tiêu đề.</p>");
        assertThat(field(ok(editor, "find", Map.of("id", first)), 1)).isEqualTo("dem-hoi-dua-ben-tre");
        assertThat(field(ok(editor, "find", Map.of("id", second)), 1)).isEqualTo("dem-hoi-dua-ben-tre-2");
        refused(
                editor,
                "create",
                Map.of("type", "NEWS", "title", "Khác", "slug", "dem-hoi-dua-ben-tre", "body", ""),
                "content.slug.taken");
        assertThat(field(ok(editor, "create", Map.of("type", "SERIES", "title", "Đêm hội dừa Bến Tre")), 0))
                .as("another type has its own slugs")
                .isNotBlank();
        ok(editor, "submit", Map.of("id", first));
        ok(signedIn(ADMIN), "approve", Map.of("id", first));
        madePublic.add(first);

        ok(editor, "save", Map.of("id", first, "title", "Đêm hội dừa Bến Tre", "slug", "dem-hoi-dua-2026"));

        assertThat(new WebClient(base.toURI()).get("/tin-tuc/dem-hoi-dua-2026").statusCode())
                .isEqualTo(200);
        refused(
                editor,
                "save",
                Map.of("id", second, "title", "Đêm hội dừa Bến Tre", "slug", "dem-hoi-dua-ben-tre"),
                "content.slug.taken");
    }

    @Test
    void aScriptSavedByAnEditorNeverReachesAPublicPage() throws Exception {
        var editor = signedIn(EDITOR);
        var created = ok(
                editor,
                "create",
                Map.of(
                        "type", "NEWS",
                        "title", "Bài có mã độc",
                        "body",
                                "<p onclick=\"steal()\">Xin chào</p><script>alert('xss')</script>"
                                        + "<p><a href=\"javascript:alert(1)\">bấm</a></p><p style=\"color:red\">đỏ</p>"));
        long id = Long.parseLong(field(created, 0));
        assertThat(field(created, 1).split(",")).as("the author is told").contains("script", "onclick", "style");
        String slug = field(ok(editor, "find", Map.of("id", id)), 1);
        ok(editor, "submit", Map.of("id", id));
        ok(signedIn(ADMIN), "approve", Map.of("id", id));
        madePublic.add(id);

        var page = new WebClient(base.toURI()).get("/tin-tuc/" + slug);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Xin chào")
                .doesNotContain("alert('xss')", "<script>alert", "steal()", "javascript:alert", "color:red");
    }

    private WebClient signedIn(String email) throws Exception {
        var web = new WebClient(base.toURI());
        var home = web.signIn(email, PASSWORD);
        assertThat(home.statusCode()).as("%s signed in", email).isEqualTo(200);
        return web;
    }

    private long created(WebClient web, String type, String title, String body) throws Exception {
        return Long.parseLong(field(ok(web, "create", Map.of("type", type, "title", title, "body", body)), 0));
    }

    private String ok(WebClient web, String op, Map<String, Object> params) throws Exception {
        var response = call(web, op, params);
        assertThat(response.statusCode())
                .as("%s %s: %s", op, params, response.body())
                .isEqualTo(200);
        return response.body();
    }

    private void refused(WebClient web, String op, Map<String, Object> params, String key) throws Exception {
        var response = call(web, op, params);
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).isEqualTo(key);
    }

    private static HttpResponse<String> call(WebClient web, String op, Map<String, Object> params) throws Exception {
        var all = new LinkedHashMap<String, Object>(params);
        all.put("op", op);
        var query = new StringBuilder();
        all.forEach((k, v) -> query.append(query.isEmpty() ? "?" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return web.get("/test/editorial" + query);
    }

    private static String field(String answer, int index) {
        return answer.split("\\|", -1)[index];
    }
}
