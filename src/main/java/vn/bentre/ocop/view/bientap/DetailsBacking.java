package vn.bentre.ocop.view.bientap;

import jakarta.ejb.EJBException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bentre.ocop.content.boundary.ContentDetailsService;
import vn.bentre.ocop.content.boundary.ContentDetailsService.Member;
import vn.bentre.ocop.content.boundary.ContentLibraryService;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.content.entity.Category;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.MaterialTopic;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.view.Pages;

/**
 * The details page of an item ({@code bien-tap/chi-tiet?id=}): the fields of its type (a document's particulars,
 * a series' articles, a material's topics) and its categories and tags. A page of its own rather than a part of
 * the editor form, so that a refused detail can never cost the unsaved text of the article, and the details,
 * which are not revisions, save without touching the workflow. Moving or removing an article only changes the
 * list on the page; {@link #save()} stores everything. A refusal is shown next to its field and everything typed
 * stays on the page.
 */
@Named
@ViewScoped
public class DetailsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String FORM = "details";

    @Inject
    ContentDetailsService details;

    @Inject
    EditorialService editorial;

    @Inject
    ContentLibraryService library;

    private Long id;
    private ContentType type;
    private String title;
    private String issuingBody;
    private String numberSymbol;
    private LocalDate issuedOn;
    private LocalDate effectiveOn;
    private boolean described;
    private List<Member> members = new ArrayList<>();
    private Member article;
    private final Map<Long, Member> suggested = new HashMap<>();
    private List<MaterialTopic> topics = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private String tags;

    protected String area() {
        return "/bien-tap";
    }

    protected boolean materialsOnly() {
        return false;
    }

    /** The view action: loads the item named by {@code ?id=}; an unknown or foreign item is a 404. */
    public void load() {
        if (id == null) {
            org.omnifaces.util.Faces.responseSendError(404, "");
            return;
        }
        try {
            var item = editorial.find(id);
            if (materialsOnly() && item.getType() != ContentType.MATERIAL) {
                org.omnifaces.util.Faces.responseSendError(404, "");
                return;
            }
            type = item.getType();
            title = item.getTitle();
            var current = details.current(id);
            var document = current.document();
            described = document != null;
            if (described) {
                issuingBody = document.getIssuingBody();
                numberSymbol = document.getNumberSymbol();
                issuedOn = document.getIssuedOn();
                effectiveOn = document.getEffectiveOn();
            }
            members = new ArrayList<>(current.members());
            topics = new ArrayList<>(current.topics());
            categories = new ArrayList<>(current.categorySlugs());
            tags = String.join(", ", current.tagNames());
        } catch (RuntimeException refused) {
            org.omnifaces.util.Faces.responseSendError(404, "");
        }
    }

    /** Stores the type fields, the categories and the tags together: all of them, or none at a refusal. */
    public String save() {
        try {
            boolean document = type == ContentType.DOCUMENT && (described || anyDocumentField());
            details.save(
                    id,
                    new ContentDetailsService.Changes(
                            document
                                    ? new ContentDetailsService.Particulars(
                                            issuingBody, numberSymbol, issuedOn, effectiveOn)
                                    : null,
                            type == ContentType.SERIES
                                    ? members.stream().map(Member::id).toList()
                                    : null,
                            type == ContentType.MATERIAL ? Set.copyOf(topics) : null,
                            categories,
                            words()));
            described = document || described;
        } catch (RuntimeException refused) {
            show(refused);
            return null;
        }
        Pages.info("details.saved");
        Pages.keepMessages();
        return area() + (materialsOnly() ? "/chi-tiet-tai-lieu" : "/chi-tiet") + "?faces-redirect=true&id=" + id;
    }

    private boolean anyDocumentField() {
        return issuingBody != null && !issuingBody.isBlank()
                || numberSymbol != null && !numberSymbol.isBlank()
                || issuedOn != null
                || effectiveOn != null;
    }

    private List<String> words() {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split("[,;]"))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** Each refusal next to the field it is about; what the services may refuse is known, anything else is not. */
    private void show(RuntimeException thrown) {
        Throwable cause = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (cause instanceof BusinessException refusal) {
            String key = refusal.getMessageKey();
            String field = key.startsWith("document.")
                    ? "effectiveOn"
                    : key.startsWith("series.")
                            ? "article"
                            : key.startsWith("category.") ? "categories" : key.startsWith("tag.") ? "tags" : null;
            if (field == null) {
                Pages.error(refusal);
            } else {
                Pages.fieldError(FORM + ":" + field, key, refusal.getArguments());
            }
        } else if (cause instanceof ConstraintViolationException invalid) {
            var context = FacesContext.getCurrentInstance();
            for (var violation : invalid.getConstraintViolations()) {
                String path = violation.getPropertyPath().toString();
                String field = path.contains("tags") || path.contains("words")
                        ? "tags"
                        : path.contains("categorySlugs") ? "categories" : path.substring(path.lastIndexOf('.') + 1);
                context.addMessage(
                        FORM + ":" + field,
                        new jakarta.faces.application.FacesMessage(
                                jakarta.faces.application.FacesMessage.SEVERITY_ERROR, violation.getMessage(), null));
            }
        } else {
            throw thrown;
        }
    }

    // --- the series' articles

    public List<Member> complete(String query) {
        var found = details.publishedArticles(query, 10).stream()
                .filter(candidate -> members.stream().noneMatch(m -> m.id().equals(candidate.id())))
                .toList();
        found.forEach(candidate -> suggested.put(candidate.id(), candidate));
        return found;
    }

    public void add() {
        if (article == null) {
            Pages.fieldError(FORM + ":article", "details.series.choose");
            return;
        }
        if (members.stream().noneMatch(m -> m.id().equals(article.id()))) {
            members.add(article);
        }
        article = null;
    }

    public void remove(int index) {
        if (index >= 0 && index < members.size()) {
            members.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < members.size()) {
            members.add(index - 1, members.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < members.size() - 1) {
            members.add(index + 1, members.remove(index));
        }
    }

    /** Turns a suggested article into its id and back; only what the suggestions offered can be chosen. */
    public Converter<Member> getArticleConverter() {
        return new Converter<>() {
            @Override
            public Member getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return suggested.get(Long.valueOf(value));
                } catch (NumberFormatException notAnId) {
                    return null;
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, Member value) {
                return value == null ? "" : value.id().toString();
            }
        };
    }

    // --- what the page offers

    public List<Category> getAllCategories() {
        return library.categories();
    }

    public String categoryName(Category category) {
        return category.name(
                FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    public List<MaterialTopic> getAllTopics() {
        return List.of(MaterialTopic.values());
    }

    public String getEditorPath() {
        return area() + (materialsOnly() ? "/soan-tai-lieu" : "/soan") + "?id=" + id;
    }

    public String getFilesPath() {
        return area() + (materialsOnly() ? "/tep-tai-lieu" : "/tep") + "?bai=" + id;
    }

    public boolean isDocument() {
        return type == ContentType.DOCUMENT;
    }

    public boolean isSeries() {
        return type == ContentType.SERIES;
    }

    public boolean isMaterial() {
        return type == ContentType.MATERIAL;
    }

    // --- getters and setters

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContentType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public void setNumberSymbol(String numberSymbol) {
        this.numberSymbol = numberSymbol;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public List<Member> getMembers() {
        return members;
    }

    public Member getArticle() {
        return article;
    }

    public void setArticle(Member article) {
        this.article = article;
    }

    public List<MaterialTopic> getTopics() {
        return topics;
    }

    public void setTopics(List<MaterialTopic> topics) {
        this.topics = topics;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }
}
