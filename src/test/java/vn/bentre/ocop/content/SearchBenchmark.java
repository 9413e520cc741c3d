package vn.bentre.ocop.content;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import vn.bentre.ocop.content.control.SearchQuery;
import vn.bentre.ocop.content.control.SearchTexts;

/**
 * How long search takes with many items: migrates an empty database (H2 in memory unless a JDBC URL is given),
 * inserts N published items with their index entries as the portal would, and times the candidate query of
 * typical searches plus the ranking. Not a test (timings depend on the machine); run it with
 * {@code bench/search.sh [N] [jdbc-url user password]}.
 */
public final class SearchBenchmark {

    private static final Logger LOG = Logger.getLogger(SearchBenchmark.class.getName());

    static final String[] WORDS = ("sản phẩm OCOP Bến Tre dừa chanh muối bánh phồng kẹo hợp tác xã doanh nghiệp"
                    + " hội chợ xúc tiến thương mại tập huấn đánh giá phân hạng sao Chợ Lách trái cây sầu riêng"
                    + " bưởi da xanh Mỏ Cày Giồng Trôm Ba Tri Thạnh Phú Bình Đại tem truy xuất nguồn gốc chuyển"
                    + " đổi số sàn thương mại điện tử kế hoạch kinh doanh quản trị kế toán giá thành nông dân")
            .split(" ");

    static final String[] QUERIES = {
        "ben tre", "Bến Tre", "chanh muối", "hop tac xa dua", "Giồng Trôm sầu riêng", "zzqxw"
    };

    private SearchBenchmark() {}

    public static void main(String[] args) throws SQLException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        String url = args.length > 1 ? args[1] : "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
        String user = args.length > 2 ? args[2] : "sa";
        String password = args.length > 3 ? args[3] : "sa";
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            long started = System.nanoTime();
            insert(db, n);
            LOG.info(() -> String.format("inserted %d items with index entries in %d ms", n, millis(started)));
            for (String text : QUERIES) {
                var query = SearchQuery.parse(text).orElseThrow();
                int matches = 0;
                long[] times = new long[21];
                for (int run = 0; run < times.length; run++) {
                    long t = System.nanoTime();
                    matches = candidates(db, query);
                    times[run] = System.nanoTime() - t;
                }
                Arrays.sort(times, 1, times.length); // the first run warms up and is left out
                int found = matches;
                LOG.info(() -> String.format(
                        "%-22s %5d matches  median %6.1f ms  max %6.1f ms",
                        "\"" + text + "\"", found, times[11] / 1e6, times[times.length - 1] / 1e6));
            }
        }
    }

    private static int candidates(Connection db, SearchQuery query) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(query.candidatesSql(Optional.empty()))) {
            var parameters = query.parameters(Optional.empty(), LocalDateTime.now());
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            select.setMaxRows(2000);
            var tiers = new ArrayList<Integer>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    tiers.add(query.tier(rows.getString(5), rows.getString(6), rows.getInt(8) == 1));
                }
            }
            tiers.sort(null);
            return tiers.size();
        }
    }

    private static void insert(Connection db, int n) throws SQLException {
        var now = Timestamp.valueOf(LocalDateTime.now());
        try (var account = db.prepareStatement("INSERT INTO account (id, email, full_name, password_hash, enabled,"
                + " created_at) VALUES (1, 'bench@example.vn', 'Bench', 'x', TRUE, ?)")) {
            account.setTimestamp(1, now);
            account.executeUpdate();
        }
        var random = new Random(42);
        db.setAutoCommit(false);
        try (var item = db.prepareStatement(
                        "INSERT INTO content_item (id, item_type, status, title, slug, summary, body,"
                                + " language, author_id, published_at, created_at, updated_at)"
                                + " VALUES (?, 'NEWS', 'PUBLISHED', ?, ?, ?, ?, 'vi', 1, ?, ?, ?)");
                var entry = db.prepareStatement("INSERT INTO search_entry (item_id, item_type, language, slug, title,"
                        + " title_lower, title_folded, body_text, text_lower, text_folded, published_at, indexed_at)"
                        + " VALUES (?, 'NEWS', 'vi', ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= n; i++) {
                String title = words(random, 10);
                String summary = words(random, 30);
                var body = new StringBuilder();
                for (int p = 0; p < 8; p++) {
                    body.append("<p>").append(words(random, 60)).append("</p>");
                }
                var published = Timestamp.valueOf(LocalDateTime.now().minusMinutes(i));
                item.setLong(1, i);
                item.setString(2, title);
                item.setString(3, "tin-" + i);
                item.setString(4, summary);
                item.setString(5, body.toString());
                item.setTimestamp(6, published);
                item.setTimestamp(7, published);
                item.setTimestamp(8, published);
                item.addBatch();
                var texts = SearchTexts.of(title, summary, body.toString());
                entry.setLong(1, i);
                entry.setString(2, "tin-" + i);
                entry.setString(3, texts.title());
                entry.setString(4, texts.titleLower());
                entry.setString(5, texts.titleFolded());
                entry.setString(6, texts.bodyText());
                entry.setString(7, texts.textLower());
                entry.setString(8, texts.textFolded());
                entry.setTimestamp(9, published);
                entry.setTimestamp(10, now);
                entry.addBatch();
                if (i % 500 == 0 || i == n) {
                    item.executeBatch();
                    entry.executeBatch();
                    db.commit();
                }
            }
        }
        db.setAutoCommit(true);
    }

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", words);
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
