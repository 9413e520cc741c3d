package vn.bentre.ocop.view.bientap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.content.boundary.EditorialService.Row;
import vn.bentre.ocop.content.entity.ContentStatus;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.view.KeyedLazyModel;
import vn.bentre.ocop.view.Pages;

/**
 * All content for editors ({@code bien-tap/noi-dung.xhtml}): filtered, sorted and paginated in the database,
 * with bulk archive of the selected rows.
 */
@Named
@ViewScoped
public class ContentTableBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EditorialService editorial;

    private ContentType type;
    private ContentStatus status;
    private String author;
    private String text;
    private List<Row> selected = new ArrayList<>();

    private final LazyDataModel<Row> items = new KeyedLazyModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) editorial.find(filter(), null, false, 0, 1).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var sort = sortBy.values().stream().findFirst();
            var key = sort.map(s -> sortKey(s.getField())).orElse(EditorialService.Sort.UPDATED);
            boolean ascending =
                    sort.map(s -> s.getOrder() == SortOrder.ASCENDING).orElse(false);
            var page = editorial.find(filter(), key, ascending, first, Math.min(pageSize, EditorialService.MAX_PAGE));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        protected long keyOf(Row row) {
            return row.id();
        }
    };

    private static EditorialService.Sort sortKey(String field) {
        return switch (field) {
            case "title" -> EditorialService.Sort.TITLE;
            case "type" -> EditorialService.Sort.TYPE;
            case "status" -> EditorialService.Sort.STATUS;
            case "authorName" -> EditorialService.Sort.AUTHOR;
            case "publishedAt" -> EditorialService.Sort.PUBLISHED;
            default -> EditorialService.Sort.UPDATED;
        };
    }

    private EditorialService.Filter filter() {
        return new EditorialService.Filter(type, status, author, text);
    }

    public void archiveSelected() {
        if (selected == null || selected.isEmpty()) {
            Pages.error("editorial.noneSelected");
            return;
        }
        try {
            int archived = editorial.archiveAll(selected.stream().map(Row::id).toList());
            Pages.info("editorial.bulkArchived", archived);
            selected = new ArrayList<>();
        } catch (RuntimeException refused) {
            Pages.refusal("content", refused);
        }
    }

    public ContentType[] getTypes() {
        return ContentType.values();
    }

    public ContentStatus[] getStatuses() {
        return ContentStatus.values();
    }

    public LazyDataModel<Row> getItems() {
        return items;
    }

    public ContentType getType() {
        return type;
    }

    public void setType(ContentType type) {
        this.type = type;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public void setStatus(ContentStatus status) {
        this.status = status;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Row> getSelected() {
        return selected;
    }

    public void setSelected(List<Row> selected) {
        this.selected = selected;
    }
}
