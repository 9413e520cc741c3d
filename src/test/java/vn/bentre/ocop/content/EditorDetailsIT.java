package vn.bentre.ocop.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.SampleFiles;
import vn.bentre.ocop.support.WebClient;

/**
 * The details pages ({@code /bien-tap/chi-tiet}, {@code /giang-vien/chi-tiet-tai-lieu}) over HTTP on a real Payara
 * Micro, submitted as a browser submits their Faces forms: what an editor types there reaches the public page,
 * a trainer files their material under topics, and a refused date is said next to the field with the typed
 * values kept. Items are created and published through the editorial probe, which no page under test replaces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorDetailsIT {

    static final String PASSWORD = "ocop-bentre-demo";
    static final String EDITOR = "bientap@demo.ocop-bentre.vn";
    static final String ADMIN = "quantri@demo.ocop-bentre.vn";
    static final String TRAINER = "giangvien@demo.ocop-bentre.vn";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(EditorialProbe.class, MediaProbe.class, SampleFiles.class);
    }

    @ArquillianResource
    URL base;

    /** Items this test made public: archived afterwards, so other tests see only the demo items in the lists. */
    final List<Long> madePublic = new ArrayList<>();

    @AfterEach
    void withdrawWhatWasPublished() throws Exception {
        var admin = signedIn(ADMIN);
        for (long id : madePublic) {
            probe(admin, "archive", Map.of("id", id));
        }
    }

    @Test
    void anEditorDescribesADocumentOnThePageAndReadersSeeIt() throws Exception {
        var editor = signedIn(EDITOR);
        String title = "Quyết định phê duyệt kế hoạch OCOP năm 2026 "
                + UUID.randomUUID().toString().substring(0, 6);
        long id = Long.parseLong(
                probe(editor, "create", Map.of("type", "DOCUMENT", "title", title, "body", "<p>Phê duyệt.</p>"))
                        .split("\\|")[0]);
        probe(editor, "submit", Map.of("id", id));
        assertThat(probe(signedIn(ADMIN), "approve", Map.of("id", id))).isEqualTo("PUBLISHED");
        madePublic.add(id);
        String slug = probe(editor, "find", Map.of("id", id)).split("\\|")[1];

        var editorForm = editor.browse("/bien-tap/soan?id=" + id).body();
        assertThat(editorForm).contains("/bien-tap/chi-tiet?id=" + id, "/bien-tap/tep?bai=" + id);
        var page = editor.browse("/bien-tap/chi-tiet?id=" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(title, "Cơ quan ban hành", "Số, ký hiệu")
                .doesNotContain("details:topics");

        var saved = editor.follow(editor.submit(
                "/bien-tap/chi-tiet",
                page.body(),
                document(
                        "Ủy ban nhân dân tỉnh Bến Tre", "1048/QĐ-UBND", "12/05/2026", "20/05/2026", "kế hoạch, OCOP")));

        assertThat(saved.body()).contains("Đã lưu chi tiết của bài viết.", "value=\"1048/QĐ-UBND\"", "20/05/2026");
        var reader = new WebClient(base.toURI()).get("/van-ban/" + slug);
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.body()).contains("1048/QĐ-UBND", "Ủy ban nhân dân tỉnh Bến Tre", "12/05/2026");
    }

    @Test
    void anEffectiveDateBeforeTheIssueDateIsRefusedNextToItAndTheInputStays() throws Exception {
        var editor = signedIn(EDITOR);
        long id = Long.parseLong(probe(
                        editor,
                        "create",
                        Map.of(
                                "type",
                                "DOCUMENT",
                                "title",
                                "Hướng dẫn chấm điểm " + UUID.randomUUID(),
                                "body",
                                "<p>x</p>"))
                .split("\\|")[0]);
        var page = editor.browse("/bien-tap/chi-tiet?id=" + id).body();

        var refused = editor.submit(
                "/bien-tap/chi-tiet",
                page,
                document("Sở Nông nghiệp và Môi trường", "215/HD-SNN", "10/05/2026", "01/05/2026", "chấm điểm"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "Ngày hiệu lực không được trước ngày ban hành.",
                        "value=\"215/HD-SNN\"",
                        "value=\"Sở Nông nghiệp và Môi trường\"",
                        "01/05/2026",
                        "value=\"chấm điểm\"")
                .doesNotContain("Đã lưu chi tiết");
        assertThat(editor.browse("/bien-tap/chi-tiet?id=" + id).body()).doesNotContain("215/HD-SNN");
    }

    @Test
    void aTrainerFilesTheirMaterialUnderTopicsButCannotOpenSomeoneElsesItem() throws Exception {
        var trainer = signedIn(TRAINER);
        long id = Long.parseLong(probe(
                        trainer,
                        "create",
                        Map.of(
                                "type",
                                "MATERIAL",
                                "title",
                                "Bài giảng livestream bán hàng " + UUID.randomUUID(),
                                "body",
                                "<p>x</p>"))
                .split("\\|")[0]);
        var page = trainer.browse("/giang-vien/chi-tiet-tai-lieu?id=" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Marketing", "Chuyển đổi số").doesNotContain("Cơ quan ban hành");

        var saved = trainer.follow(trainer.submit(
                "/giang-vien/chi-tiet-tai-lieu",
                page.body(),
                Map.of(
                        "details",
                        "details",
                        "details:topics",
                        "MARKETING",
                        "details:tags",
                        "livestream",
                        "details:save",
                        "x")));

        assertThat(saved.body()).contains("Đã lưu chi tiết của bài viết.", "value=\"livestream\"");
        assertThat(saved.body()).containsPattern("value=\"MARKETING\"[^>]*checked=\"checked\"");
        assertThat(saved.body()).doesNotContainPattern("value=\"DIGITAL\"[^>]*checked=\"checked\"");

        var editor = signedIn(EDITOR);
        long document = Long.parseLong(probe(
                        editor,
                        "create",
                        Map.of("type", "DOCUMENT", "title", "Văn bản " + UUID.randomUUID(), "body", "<p>x</p>"))
                .split("\\|")[0]);
        assertThat(trainer.browse("/giang-vien/chi-tiet-tai-lieu?id=" + document)
                        .statusCode())
                .isEqualTo(404);
        assertThat(trainer.browse("/giang-vien/tep-tai-lieu?bai=" + id).body())
                .contains("Bài giảng livestream bán hàng");
    }

    @Test
    void anEditorRemovesAnAttachmentFromTheFilesPage() throws Exception {
        var editor = signedIn(EDITOR);
        long draft = Long.parseLong(
                editor.postBytes("/test/media-probe?action=draft", new byte[0]).body());
        var upload = editor.postBytes(
                "/test/media-probe?action=upload&item=" + draft + "&name="
                        + URLEncoder.encode("Phụ lục.pdf", StandardCharsets.UTF_8),
                SampleFiles.pdf());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(editor.getBytes(upload.body()).statusCode()).isEqualTo(200);

        var page = editor.browse("/bien-tap/tep?bai=" + draft).body();
        assertThat(page)
                .contains(
                        "Bản nháp có tệp đính kèm", "/bien-tap/soan?id=" + draft, "Phụ lục.pdf", "(Tin tức, Bản nháp)")
                .doesNotContain("(NEWS, DRAFT)");

        var removed = editor.submit("/bien-tap/tep", page, Map.of("files", "files", "files:list:0:remove", "x"));

        assertThat(removed.body()).contains("Đã xóa tệp.", "Bài viết này chưa có tệp nào.");
        assertThat(editor.getBytes(upload.body()).statusCode()).isEqualTo(404);
    }

    private static Map<String, String> document(
            String body, String number, String issued, String effective, String tags) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("details", "details");
        fields.put("details:issuingBody", body);
        fields.put("details:numberSymbol", number);
        fields.put("details:issuedOn_input", issued);
        fields.put("details:effectiveOn_input", effective);
        fields.put("details:tags", tags);
        fields.put("details:save", "x");
        return fields;
    }

    private WebClient signedIn(String email) throws Exception {
        var web = new WebClient(base.toURI());
        assertThat(web.signIn(email, PASSWORD).statusCode()).isEqualTo(200);
        return web;
    }

    private static String probe(WebClient web, String op, Map<String, Object> parameters) throws Exception {
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = web.get("/test/editorial?op=" + op + "&" + query);
        assertThat(response.statusCode()).as(op + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
