package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.cdi.Param;
import vn.bentre.ocop.content.boundary.SearchService;
import vn.bentre.ocop.content.control.ContentPaths;
import vn.bentre.ocop.content.control.SearchQuery;
import vn.bentre.ocop.content.entity.ContentType;

/**
 * The search page ({@code tim-kiem.xhtml}: {@code /tim-kiem?q=&loai=&trang=}), a stateless GET form so results
 * can be bookmarked and shared. An unknown type or page number is ignored rather than refused.
 */
@Named
@RequestScoped
public class SearchBacking {

    public static final int PAGE_SIZE = 10;

    /** The types a reader can filter by: every type, each has its public pages. */
    static final List<ContentType> FILTERS = List.of(ContentType.values());

    @Inject
    SearchService search;

    @Inject
    @Param(name = "q")
    String q;

    @Inject
    @Param(name = "loai")
    String loai;

    @Inject
    @Param(name = PageParameter.NAME)
    String pageNumber;

    private SearchService.Results results;

    public void load() {
        if (q != null && q.length() > SearchQuery.MAX_LENGTH) {
            q = q.substring(0, SearchQuery.MAX_LENGTH);
        }
        int page = PageParameter.parse(pageNumber).orElse(1);
        results = search.search(q, type(), page, PAGE_SIZE);
    }

    private ContentType type() {
        return loai == null ? null : ContentPaths.type(loai).orElse(null);
    }

    /** Whether the reader asked for something (a blank query shows the form with a hint, not "no results"). */
    public boolean isAsked() {
        return q != null && !q.isBlank();
    }

    public SearchService.Results getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public String getLoai() {
        return type() == null ? "" : loai;
    }

    public List<String> getFilters() {
        return FILTERS.stream().map(ContentPaths::segment).toList();
    }

    public String segment(ContentType type) {
        return ContentPaths.segment(type);
    }

    public String typeOf(String segment) {
        return ContentPaths.type(segment).map(Enum::name).orElse("");
    }

    /** The query string of page {@code n} of these results. */
    public String pageLink(int n) {
        var parts = new StringBuilder("?q=").append(URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8));
        if (!getLoai().isEmpty()) {
            parts.append("&loai=").append(getLoai());
        }
        return n > 1 ? parts.append("&trang=").append(n).toString() : parts.toString();
    }

    public boolean hasPrevious() {
        return results.page() > 1;
    }

    public boolean hasNext() {
        return results.page() < results.pages();
    }
}
