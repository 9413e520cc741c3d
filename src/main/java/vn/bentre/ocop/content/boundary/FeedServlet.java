package vn.bentre.ocop.content.boundary;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.bentre.ocop.content.control.ContentPaths;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.Site;

/**
 * RSS 2.0 ({@code /rss/tin-tuc.xml}) and Atom ({@code /atom/tin-tuc.xml}) feeds of the newest published items of
 * one type ({@code tin-tuc}, {@code ban-tin}, ...), of one category ({@code danh-muc/chuyen-doi-so}) or of all
 * ({@code tat-ca}). Links are absolute, from
 * {@code portal.base-url}, since feed readers fetch from elsewhere; each item's GUID is its permanent URL.
 */
@WebServlet(urlPatterns = {"/rss/*", "/atom/*"})
public class FeedServlet extends HttpServlet {

    static final String ALL = "tat-ca";
    /** Feeds of one category: {@code /rss/danh-muc/chuyen-doi-so.xml}. */
    static final String CATEGORY = "danh-muc/";

    static final int ITEMS = 20;

    @Inject
    CatalogService catalog;

    @Inject
    Site site;

    @Inject
    PortalClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean atom = request.getServletPath().equals("/atom");
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!name.endsWith(".xml")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String segment = name.substring(0, name.length() - ".xml".length());
        Optional<ContentType> type = ContentPaths.type(segment);
        List<ContentItem> items;
        String title = null;
        if (segment.startsWith(CATEGORY)) {
            var category = catalog.category(segment.substring(CATEGORY.length()));
            if (category.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            items = catalog.newestInCategory(category.get().getId(), ITEMS);
            title = category.get().name("vi");
        } else if (type.isPresent() || segment.equals(ALL)) {
            items = catalog.newest(type.orElse(null), ITEMS);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var feed = feed(atom, segment, type, title, items, request.getRequestURI());
        response.setContentType((atom ? "application/atom+xml" : "application/rss+xml") + ";charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            new SyndFeedOutput().output(feed, response.getWriter());
        } catch (FeedException e) {
            throw new IOException("Feed not written", e);
        }
    }

    private SyndFeedImpl feed(
            boolean atom,
            String segment,
            Optional<ContentType> type,
            String categoryName,
            List<ContentItem> items,
            String selfPath) {
        String base = site.getBaseUrl();
        var locale = Language.VIETNAMESE;
        var feed = new SyndFeedImpl();
        feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
        String kind = categoryName != null
                ? categoryName
                : type.map(t -> Messages.get(locale, "discovery.type." + t.name()))
                        .orElse(Messages.get(locale, "discovery.feed.all"));
        feed.setTitle(Messages.get(locale, "site.shortName") + " - " + kind);
        feed.setDescription(Messages.get(locale, "site.description"));
        feed.setLanguage("vi");
        feed.setLink(base + (type.isPresent() ? "/" + segment : "/"));
        feed.setUri(base + selfPath);
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(base + selfPath);
        self.setType(atom ? "application/atom+xml" : "application/rss+xml");
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(feed.getLink());
        feed.setLinks(List.of(alternate, self));
        feed.setPublishedDate(
                date(items.isEmpty() ? clock.now() : items.getFirst().getPublishedAt()));
        feed.setEntries(items.stream().map(item -> entry(base, item)).toList());
        return feed;
    }

    private SyndEntry entry(String base, ContentItem item) {
        String link = base + ContentPaths.itemPath(item.getType(), item.getSlug());
        var entry = new SyndEntryImpl();
        entry.setTitle(item.getTitle());
        entry.setLink(link);
        entry.setUri(link);
        entry.setAuthor(item.getAuthor().getFullName());
        entry.setPublishedDate(date(item.getPublishedAt()));
        entry.setUpdatedDate(
                date(item.getUpdatedAt().isAfter(item.getPublishedAt()) ? item.getUpdatedAt() : item.getPublishedAt()));
        if (item.getSummary() != null) {
            var description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(item.getSummary());
            entry.setDescription(description);
        }
        return entry;
    }

    private Date date(LocalDateTime time) {
        return Date.from(time.atZone(clock.zone()).toInstant());
    }
}
