package vn.bentre.ocop.products.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.products.control.ProductPhotos;
import vn.bentre.ocop.products.control.ProductSlugs;
import vn.bentre.ocop.products.entity.Product;
import vn.bentre.ocop.products.entity.ProductCategory;
import vn.bentre.ocop.products.entity.ProductRating;

/** Administrators keep the product records: products, their photos and their ratings. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class ProductAdminService {

    public static final int MAX_PAGE = 100;

    public record Page(List<ProductRow> rows, long total) {}

    public record Choice(long id, String name) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    /** How far ahead the "expiring" filter looks. */
    public static final int EXPIRING_DAYS = 90;

    /**
     * Products whose name contains {@code text}, optionally with these stars and category, and optionally only those
     * whose certificate expires within {@value #EXPIRING_DAYS} days; by name.
     */
    public Page find(
            @Size(max = 100) String text,
            Integer stars,
            ProductCategory category,
            boolean expiringOnly,
            @Min(0) int first,
            @Min(1) @Max(MAX_PAGE) int max) {
        var where = new StringBuilder(" where 1 = 1");
        var names = new ArrayList<String>();
        var values = new ArrayList<Object>();
        if (text != null && !text.isBlank()) {
            where.append(" and lower(p.name) like :text escape '\\'");
            names.add("text");
            values.add("%"
                    + text.strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%");
        }
        if (stars != null) {
            where.append(" and p.currentStars = :stars");
            names.add("stars");
            values.add(stars);
        }
        if (category != null) {
            where.append(" and p.category = :category");
            names.add("category");
            values.add(category);
        }
        if (expiringOnly) {
            where.append(" and p.expiresOn >= :today and p.expiresOn <= :horizon");
            names.add("today");
            values.add(clock.today());
            names.add("horizon");
            values.add(clock.today().plusDays(EXPIRING_DAYS));
        }
        var count = em.createQuery("select count(p) from Product p" + where, Long.class);
        var page = em.createQuery(
                "select p from Product p join fetch p.organisation o join fetch o.commune" + where
                        + " order by p.name, p.id",
                Product.class);
        for (int i = 0; i < names.size(); i++) {
            count.setParameter(names.get(i), values.get(i));
            page.setParameter(names.get(i), values.get(i));
        }
        var rows = page.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(ProductRow::of)
                .toList();
        return new Page(rows, count.getSingleResult());
    }

    public ProductRow get(long id) {
        return ProductRow.of(product(id));
    }

    public List<RatingRow> ratings(long id) {
        return ProductCatalogService.history(product(id));
    }

    public ProductRow create(@NotNull @Valid ProductForm form) {
        var owner = owner(form.organisationId());
        String base = ProductSlugs.of(form.name());
        var taken = new HashSet<>(em.createNamedQuery(Product.SLUGS_LIKE, String.class)
                .setParameter("prefix", base + "%")
                .getResultList());
        var product = new Product(
                ProductSlugs.unique(base, taken), form.name(), owner, form.category(), form.description(), clock.now());
        em.persist(product);
        em.flush();
        audit.record("PRODUCT_CREATED", "PRODUCT", product.getId(), product.getName());
        return ProductRow.of(product);
    }

    public ProductRow update(long id, long version, @NotNull @Valid ProductForm form) {
        var product = product(id);
        if (product.getVersion() != version) {
            throw BusinessException.conflict("products.changedMeanwhile");
        }
        product.describe(form.name(), form.category(), form.description());
        if (product.getOrganisation().getId() != form.organisationId().longValue()) {
            product.changeOwner(owner(form.organisationId()));
        }
        em.flush();
        audit.record("PRODUCT_UPDATED", "PRODUCT", id, product.getName());
        return ProductRow.of(product);
    }

    /** Records a rating from a certificate; an upgrade is written as such in the audit log. */
    public RatingRow rate(long id, @NotNull @Valid RatingForm form) {
        var product = product(id);
        if (em.createNamedQuery(ProductRating.BY_CERTIFICATE, Long.class)
                        .setParameter("number", form.certificateNumber().strip())
                        .getSingleResult()
                > 0) {
            throw BusinessException.conflict("products.rating.certificateTaken");
        }
        Integer before = product.getCurrentStars();
        var rating = product.rate(form.stars(), form.certificateNumber(), form.certifiedOn(), clock.now());
        em.flush();
        boolean upgrade = before != null && form.stars() > before;
        audit.record(
                upgrade ? "PRODUCT_UPGRADED" : "PRODUCT_RATED",
                "PRODUCT",
                id,
                product.getName() + ": " + (before == null ? "" : before + " -> ") + form.stars() + " ("
                        + rating.getCertificateNumber() + ")");
        return new RatingRow(
                rating.getStars(),
                rating.getCertificateNumber(),
                rating.getCertifiedOn(),
                rating.getExpiresOn(),
                upgrade);
    }

    /** Replaces the product's photo after checking that the bytes are an image. */
    public void changePhoto(long id, @NotNull byte[] bytes) {
        String type = ProductPhotos.mediaTypeOf(bytes);
        var product = product(id);
        product.changePhoto(bytes, type);
        audit.record("PRODUCT_PHOTO_CHANGED", "PRODUCT", id, type);
    }

    /** Organisations that can own a product (all but agencies), by name. */
    public List<Choice> owners() {
        return em.createNamedQuery(Organisation.CHOICES, Organisation.class).getResultList().stream()
                .map(o -> new Choice(o.getId(), o.getName()))
                .toList();
    }

    private Organisation owner(long id) {
        var owner = em.find(Organisation.class, id);
        if (owner == null || owner.getType() == vn.bentre.ocop.directory.entity.OrganisationType.AGENCY) {
            throw BusinessException.invalid("products.ownerInvalid");
        }
        return owner;
    }

    private Product product(long id) {
        var product = em.find(Product.class, id);
        if (product == null) {
            throw BusinessException.notFound("products.notFound");
        }
        return product;
    }
}
