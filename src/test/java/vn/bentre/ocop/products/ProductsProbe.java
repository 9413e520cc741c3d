package vn.bentre.ocop.products;

import jakarta.annotation.Resource;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.directory.boundary.OrganisationAdminService;
import vn.bentre.ocop.directory.boundary.OrganisationForm;
import vn.bentre.ocop.directory.boundary.OrganisationImportService;
import vn.bentre.ocop.directory.entity.ImportJob;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.identity.boundary.AccountAdminService;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.products.boundary.ProductAdminService;
import vn.bentre.ocop.products.boundary.ProductCatalogService;
import vn.bentre.ocop.products.boundary.ProductForm;
import vn.bentre.ocop.products.boundary.RatingForm;
import vn.bentre.ocop.products.entity.ProductCategory;

/**
 * Test only, deployed with {@code ProductsIT}: calls the directory, products, editorial and account services as
 * whoever is signed in (Payara ignores {@code @RunAs}). Refusals come back as 409 with the bundle key, refused roles
 * as 403.
 */
@WebServlet("/test/products")
public class ProductsProbe extends HttpServlet {

    @Inject
    OrganisationAdminService directory;

    @Inject
    ProductAdminService products;

    @Inject
    ProductCatalogService catalogue;

    @Inject
    EditorialService editorial;

    @Inject
    AccountAdminService accounts;

    @Inject
    vn.bentre.ocop.products.boundary.ProgrammeService programme;

    @Inject
    OrganisationImportService imports;

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            response.getWriter().print(run(request));
        } catch (RuntimeException thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof BusinessException refusal) {
                    response.setStatus(HttpServletResponse.SC_CONFLICT);
                    response.getWriter().print(refusal.getMessageKey());
                    return;
                }
                if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            }
            throw thrown;
        }
    }

    private String run(HttpServletRequest request) {
        String op = request.getParameter("op");
        return switch (op) {
            case "runningJob" -> {
                // An import job RUNNING since {started} seconds ago whose last heartbeat is {beat} seconds old: what a
                // node killed mid-import leaves behind (its rows rolled back with its transaction).
                var now = clock.now();
                var job = new ImportJob(
                        "bi-ngat.csv", 100, null, now.minusSeconds(Long.parseLong(request.getParameter("started"))));
                job.beat(now.minusSeconds(Long.parseLong(request.getParameter("beat"))));
                try {
                    tx.begin();
                    em.persist(job);
                    tx.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                yield String.valueOf(job.getId());
            }
            case "job" -> {
                var progress = imports.job(Long.parseLong(request.getParameter("id")));
                yield progress.status() + "|" + progress.importedRows() + "|" + progress.messageKey();
            }
            case "productId" ->
                String.valueOf(catalogue
                        .find(request.getParameter("slug"))
                        .orElseThrow()
                        .product()
                        .id());
            case "rate" -> {
                var rating = products.rate(
                        Long.parseLong(request.getParameter("id")),
                        new RatingForm(
                                Integer.valueOf(request.getParameter("stars")),
                                request.getParameter("certificate"),
                                LocalDate.parse(request.getParameter("on"))));
                yield rating.stars() + "|" + rating.upgrade();
            }
            case "createOrganisation" ->
                String.valueOf(directory
                        .create(new OrganisationForm(
                                OrganisationType.valueOf(request.getParameter("type")),
                                request.getParameter("name"),
                                request.getParameter("taxCode"),
                                communeId(request.getParameter("commune")),
                                null,
                                null,
                                null))
                        .id());
            case "createProduct" ->
                String.valueOf(products.create(new ProductForm(
                                request.getParameter("name"),
                                Long.valueOf(request.getParameter("owner")),
                                ProductCategory.FOOD,
                                null))
                        .id());
            case "owner" ->
                String.valueOf(
                        products.get(Long.parseLong(request.getParameter("id"))).organisationId());
            case "merge" -> {
                directory.merge(
                        Long.parseLong(request.getParameter("kept")),
                        Long.parseLong(request.getParameter("duplicate")));
                yield "merged";
            }
            case "link" -> {
                directory.link(
                        Long.parseLong(request.getParameter("organisation")),
                        request.getParameter("email"),
                        vn.bentre.ocop.directory.entity.MemberPosition.valueOf(request.getParameter("position")));
                yield String.valueOf(directory
                        .members(Long.parseLong(request.getParameter("organisation")))
                        .size());
            }
            case "members" ->
                String.join(
                        ",",
                        directory.members(Long.parseLong(request.getParameter("organisation"))).stream()
                                .map(m -> m.email() + ":" + m.position())
                                .toList());
            case "publish" -> {
                var saved = editorial.createDraft(new EditorialService.Draft(
                        ContentType.NEWS, request.getParameter("title"), null, null, "<p>Nội dung.</p>", "vi", null));
                editorial.submit(saved.id());
                editorial.approve(saved.id(), null);
                yield String.valueOf(saved.id());
            }
            case "roles" -> {
                long id = accounts.find(request.getParameter("email"), null, 0, 1)
                        .accounts()
                        .getFirst()
                        .getId();
                accounts.changeRoles(id, EnumSet.of(Role.LEARNER, Role.TRAINER));
                yield String.valueOf(id);
            }
            case "targets" -> {
                var values = new java.util.EnumMap<vn.bentre.ocop.products.entity.Indicator, Integer>(
                        vn.bentre.ocop.products.entity.Indicator.class);
                programme.targets().forEach(t -> values.put(t.indicator(), t.targetValue()));
                values.put(
                        vn.bentre.ocop.products.entity.Indicator.valueOf(request.getParameter("indicator")),
                        Integer.valueOf(request.getParameter("value")));
                programme.changeTargets(request.getParameter("plan"), values);
                yield "saved";
            }
            default -> throw new IllegalArgumentException(op);
        };
    }

    private Long communeId(String code) {
        return directory.communes().stream()
                .filter(c -> c.name().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
