package vn.bentre.ocop.content;

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
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.time.LocalDateTime;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.content.boundary.MediaService;
import vn.bentre.ocop.content.boundary.PublishedContentService;
import vn.bentre.ocop.content.boundary.PublishingScheduler;
import vn.bentre.ocop.content.boundary.ReadingCounts;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PageCache;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.support.SampleFiles;

/**
 * Test only, deployed with {@code EditorialIT}: calls the editorial service as whoever is signed in (Payara
 * ignores {@code @RunAs}, so the test signs in over HTTP and drives the service through this servlet). Refusals
 * come back as 409 with the bundle key, refused roles as 403.
 */
@WebServlet("/test/editorial")
public class EditorialProbe extends HttpServlet {

    @Inject
    EditorialService editorial;

    @Inject
    PublishedContentService published;

    @Inject
    PublishingScheduler scheduler;

    @Inject
    MediaService media;

    @Inject
    PortalClock clock;

    @Inject
    ReadingCounts readingCounts;

    @Inject
    PageCache pageCache;

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
                if (cause instanceof ConstraintViolationException invalid) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    String path = invalid.getConstraintViolations()
                            .iterator()
                            .next()
                            .getPropertyPath()
                            .toString();
                    response.getWriter().print("invalid:" + path.substring(path.lastIndexOf('.') + 1));
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
        long id = request.getParameter("id") == null ? 0 : Long.parseLong(request.getParameter("id"));
        return switch (op) {
            case "create" -> {
                var saved = editorial.createDraft(draft(request, ContentType.valueOf(request.getParameter("type"))));
                yield saved.id() + "|" + String.join(",", saved.removedMarkup());
            }
            case "save" -> {
                var item = editorial.find(id);
                var saved = editorial.save(id, item.getVersion(), draft(request, item.getType()));
                yield saved.revision() + "|" + String.join(",", saved.removedMarkup());
            }
            case "find" -> {
                var item = editorial.find(id);
                yield item.getStatus() + "|" + item.getSlug() + "|" + item.getTitle() + "|" + item.getBody() + "|"
                        + item.getReviewComment();
            }
            case "submit" -> {
                editorial.submit(id);
                yield "ok";
            }
            case "approve" -> {
                String at = request.getParameter("at");
                yield editorial
                        .approve(id, at == null ? null : LocalDateTime.parse(at))
                        .name();
            }
            case "sendBack" -> {
                editorial.sendBack(id, request.getParameter("comment"));
                yield "ok";
            }
            case "archive" -> {
                editorial.archive(id);
                yield "ok";
            }
            case "restore" ->
                String.valueOf(editorial
                        .restore(id, Integer.parseInt(request.getParameter("number")))
                        .revision());
            case "revisions" -> String.valueOf(editorial.revisions(id).size());
            case "compare" ->
                editorial
                        .compare(
                                id,
                                Integer.parseInt(request.getParameter("a")),
                                Integer.parseInt(request.getParameter("b")))
                        .body()
                        .toString();
            case "translate" ->
                String.valueOf(
                        editorial.translate(id, request.getParameter("lang")).id());
            case "translations" ->
                String.join(
                        ",",
                        editorial.translationsOf(id).stream()
                                .map(r -> r.id() + ":" + r.language())
                                .toList());
            case "sweep" -> String.valueOf(scheduler.sweep());
            case "attach" ->
                media.attach(id, "huong-dan.pdf", SampleFiles.pdf()).path();
            case "expire" -> expireNow(id);
            case "second" -> String.valueOf(clock.now().getSecond());
            case "public" ->
                published
                        .findPublished(ContentType.valueOf(request.getParameter("type")), request.getParameter("slug"))
                        .map(i -> "found|" + i.getTitle())
                        .orElse("missing");
            case "views" ->
                String.valueOf(em.createQuery(
                                "select c.viewCount from ContentItem c where c.type = :type and c.slug = :slug",
                                Long.class)
                        .setParameter("type", ContentType.valueOf(request.getParameter("type")))
                        .setParameter("slug", request.getParameter("slug"))
                        .getSingleResult());
            case "writeReadings" -> String.valueOf(readingCounts.write());
            default -> throw new IllegalArgumentException(op);
        };
    }

    /**
     * The item's expiry time comes now, as time passing would make it, without the sweep that archives it (it runs
     * at second 0 of each minute); the rendered-page cache is emptied as its 10 s would be.
     */
    private String expireNow(long id) {
        try {
            tx.begin();
            em.createQuery("update ContentItem c set c.expiresAt = :now where c.id = :id")
                    .setParameter("now", clock.now())
                    .setParameter("id", id)
                    .executeUpdate();
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        pageCache.clear();
        return "ok";
    }

    private static EditorialService.Draft draft(HttpServletRequest request, ContentType type) {
        return new EditorialService.Draft(
                type,
                request.getParameter("title"),
                request.getParameter("slug"),
                request.getParameter("summary"),
                request.getParameter("body"),
                request.getParameter("lang") == null ? "vi" : request.getParameter("lang"),
                null);
    }
}
