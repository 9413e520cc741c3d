package vn.bentre.ocop.view.quantri;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.products.boundary.ProductAdminService;
import vn.bentre.ocop.products.boundary.ProductForm;
import vn.bentre.ocop.products.boundary.ProductRow;
import vn.bentre.ocop.products.boundary.RatingForm;
import vn.bentre.ocop.products.boundary.RatingRow;
import vn.bentre.ocop.products.entity.ProductCategory;
import vn.bentre.ocop.view.KeyedLazyModel;
import vn.bentre.ocop.view.Pages;

/**
 * The administrators' products ({@code quan-tri/san-pham.xhtml}): a filtered lazy list, the product form, recording
 * a rating from its certificate (with the product's rating history beside it) and the product's photo.
 */
@Named
@ViewScoped
public class ProductsAdminBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProductAdminService products;

    private String text;
    private Integer starsFilter;
    private ProductCategory categoryFilter;
    private boolean expiringOnly;
    private List<ProductAdminService.Choice> owners;

    private boolean formOpen;
    private ProductRow editing;
    private String name;
    private Long organisationId;
    private ProductCategory category = ProductCategory.FOOD;
    private String description;

    private ProductRow rated;
    private List<RatingRow> history;
    private Integer stars;
    private String certificateNumber;
    private LocalDate certifiedOn;

    private transient UploadedFile photo;

    private final LazyDataModel<ProductRow> rows = new KeyedLazyModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) products.find(text, starsFilter, categoryFilter, expiringOnly, 0, 1)
                    .total();
        }

        @Override
        public List<ProductRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = products.find(
                    text,
                    starsFilter,
                    categoryFilter,
                    expiringOnly,
                    first,
                    Math.min(pageSize, ProductAdminService.MAX_PAGE));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        protected long keyOf(ProductRow row) {
            return row.id();
        }
    };

    @PostConstruct
    void init() {
        owners = products.owners();
    }

    public void startNew() {
        close();
        formOpen = true;
        name = description = null;
        organisationId = null;
        category = ProductCategory.FOOD;
    }

    public void edit(ProductRow row) {
        close();
        editing = products.get(row.id());
        formOpen = true;
        name = editing.name();
        organisationId = editing.organisationId();
        category = editing.category();
        description = editing.description();
    }

    public void save() {
        var form = new ProductForm(name, organisationId, category, description);
        try {
            var saved =
                    editing == null ? products.create(form) : products.update(editing.id(), editing.version(), form);
            Pages.info("products.saved", saved.name());
            close();
        } catch (RuntimeException refused) {
            Pages.refusal("product", refused);
        }
    }

    public void startRating(ProductRow row) {
        close();
        rated = products.get(row.id());
        history = products.ratings(row.id());
        stars = rated.stars() == null ? 3 : rated.stars();
        certificateNumber = null;
        certifiedOn = null;
    }

    public void rate() {
        try {
            var rating = products.rate(rated.id(), new RatingForm(stars, certificateNumber, certifiedOn));
            Pages.info(rating.upgrade() ? "products.rating.upgraded" : "products.rating.recorded", rated.name());
            history = products.ratings(rated.id());
            rated = products.get(rated.id());
            certificateNumber = null;
            certifiedOn = null;
        } catch (RuntimeException refused) {
            Pages.refusal("rating", refused);
        }
    }

    /** Stores the uploaded photo (a full-page form post: the file travels as multipart). */
    public void uploadPhoto() {
        if (rated == null) {
            return;
        }
        if (photo == null || photo.getSize() == 0) {
            Pages.fieldError("photo:file", "products.photo.empty");
            return;
        }
        try {
            products.changePhoto(rated.id(), photo.getContent());
            rated = products.get(rated.id());
            Pages.info("products.photo.saved", rated.name());
        } catch (RuntimeException refused) {
            var cause = refused.getCause() instanceof BusinessException b ? b : refused;
            if (cause instanceof BusinessException refusal) {
                Pages.fieldError("photo:file", refusal.getMessageKey(), refusal.getArguments());
            } else {
                throw refused;
            }
        }
    }

    public void close() {
        formOpen = false;
        editing = null;
        rated = null;
        history = null;
    }

    public ProductCategory[] getCategories() {
        return ProductCategory.values();
    }

    public List<Integer> getStarChoices() {
        return List.of(3, 4, 5);
    }

    public LazyDataModel<ProductRow> getRows() {
        return rows;
    }

    public List<ProductAdminService.Choice> getOwners() {
        return owners;
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public boolean isNew() {
        return editing == null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getStarsFilter() {
        return starsFilter;
    }

    public void setStarsFilter(Integer starsFilter) {
        this.starsFilter = starsFilter;
    }

    public ProductCategory getCategoryFilter() {
        return categoryFilter;
    }

    public void setCategoryFilter(ProductCategory categoryFilter) {
        this.categoryFilter = categoryFilter;
    }

    public boolean isExpiringOnly() {
        return expiringOnly;
    }

    public void setExpiringOnly(boolean expiringOnly) {
        this.expiringOnly = expiringOnly;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public void setCategory(ProductCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ProductRow getRated() {
        return rated;
    }

    public List<RatingRow> getHistory() {
        return history;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }

    public void setCertifiedOn(LocalDate certifiedOn) {
        this.certifiedOn = certifiedOn;
    }

    public UploadedFile getPhoto() {
        return photo;
    }

    public void setPhoto(UploadedFile photo) {
        this.photo = photo;
    }
}
