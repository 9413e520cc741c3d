package vn.bentre.ocop.products.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bentre.ocop.directory.control.UnitValidity;
import vn.bentre.ocop.directory.entity.AdminUnit;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.ResultPage;
import vn.bentre.ocop.products.entity.Product;
import vn.bentre.ocop.products.entity.ProductCategory;
import vn.bentre.ocop.products.entity.ProductRating;

/**
 * The public product directory: products whose certificate is valid today, filtered and paginated in the database,
 * and each product's page with its rating history. No personal data.
 */
@Stateless
@PermitAll
public class ProductCatalogService {

    public static final int MAX_PAGE_SIZE = 100;

    /** The directory's filters; null means no filter. */
    public record Filter(Integer stars, ProductCategory category, String communeCode, OrganisationType ownerType)
            implements Serializable {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    public record Detail(ProductRow product, List<RatingRow> history) implements Serializable {}

    public record Photo(byte[] bytes, String mediaType, long version) {}

    public record Choice(String code, String name) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    public ResultPage<ProductRow> page(Filter filter, @Min(1) int number, @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        var where = new StringBuilder(" where p.certifiedOn <= :today and p.expiresOn >= :today");
        var names = new ArrayList<String>(List.of("today"));
        var values = new ArrayList<Object>(List.of(clock.today()));
        if (filter.stars() != null) {
            where.append(" and p.currentStars = :stars");
            names.add("stars");
            values.add(filter.stars());
        }
        if (filter.category() != null) {
            where.append(" and p.category = :category");
            names.add("category");
            values.add(filter.category());
        }
        if (filter.communeCode() != null) {
            // Today's commune and every unit that became it: products keep the unit they were recorded with.
            where.append(" and o.commune.id in :communes");
            names.add("communes");
            values.add(unitsStandingFor(filter.communeCode()));
        }
        if (filter.ownerType() != null) {
            where.append(" and o.type = :type");
            names.add("type");
            values.add(filter.ownerType());
        }
        var count = em.createQuery("select count(p) from Product p join p.organisation o" + where, Long.class);
        var rows = em.createQuery(
                "select p from Product p join fetch p.organisation o join fetch o.commune" + where
                        + " order by p.currentStars desc, p.name, p.id",
                Product.class);
        for (int i = 0; i < names.size(); i++) {
            count.setParameter(names.get(i), values.get(i));
            rows.setParameter(names.get(i), values.get(i));
        }
        var items = rows.setFirstResult(ResultPage.firstRow(number, size)).setMaxResults(size).getResultList().stream()
                .map(p -> ProductRow.of(p, clock.today()))
                .toList();
        return new ResultPage<>(items, number, size, count.getSingleResult());
    }

    /** A rated product's page (also once its certificate expired: the page then says so). */
    public Optional<Detail> find(String slug) {
        return em.createNamedQuery(Product.BY_SLUG, Product.class)
                .setParameter("slug", slug)
                .getResultStream()
                .filter(p -> p.getCurrentStars() != null)
                .findFirst()
                .map(p -> new Detail(ProductRow.of(p, clock.today()), history(p)));
    }

    public Optional<Photo> photo(long id) {
        var product = em.find(Product.class, id);
        if (product == null || !product.hasPhoto() || product.getCurrentStars() == null) {
            return Optional.empty();
        }
        return Optional.of(new Photo(product.getPhoto(), product.getPhotoType(), product.getVersion()));
    }

    /** Today's communes that have at least one product (through their own or a former unit), for the filter. */
    public List<Choice> communes() {
        var today = clock.today();
        return em
                .createQuery("select distinct c from Product p join p.organisation o join o.commune c", AdminUnit.class)
                .getResultList()
                .stream()
                .map(c -> UnitValidity.unitOn(c, today).orElse(c))
                .map(c -> new Choice(c.getCode(), c.getName()))
                .distinct()
                .sorted(java.util.Comparator.comparing(Choice::name))
                .toList();
    }

    /** The ids of the unit with this code and of every unit whose successors lead to it today. */
    private List<Long> unitsStandingFor(String code) {
        var today = clock.today();
        var ids = em.createNamedQuery(AdminUnit.ALL, AdminUnit.class).getResultList().stream()
                .filter(u -> u.getCode().equals(code)
                        || UnitValidity.unitOn(u, today)
                                .map(t -> t.getCode().equals(code))
                                .orElse(false))
                .map(AdminUnit::getId)
                .toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    static List<RatingRow> history(Product product) {
        var rows = new ArrayList<RatingRow>();
        ProductRating before = null;
        for (var rating : product.getRatings()) {
            rows.add(RatingRow.of(rating, before));
            before = rating;
        }
        return rows.reversed();
    }
}
