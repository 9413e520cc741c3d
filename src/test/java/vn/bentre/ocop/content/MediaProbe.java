package vn.bentre.ocop.content;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Locale;
import vn.bentre.ocop.content.boundary.MediaService;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.Messages;

/**
 * Test only, deployed with {@code MediaIT}: uploads the request body through {@link MediaService} as whoever is
 * signed in (the editors' form calls the same method), answering the file's path or the refusal in Vietnamese;
 * also finds an item's id by slug and creates a draft, which no public page can do.
 */
@WebServlet("/test/media-probe")
public class MediaProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MediaService media;

    @PersistenceContext
    transient EntityManager em;

    @Resource
    transient UserTransaction tx;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            switch (request.getParameter("action")) {
                case "upload" -> {
                    Long item = Long.valueOf(request.getParameter("item"));
                    byte[] bytes = request.getInputStream().readAllBytes();
                    String alt = request.getParameter("alt");
                    var file = alt == null
                            ? media.attach(item, request.getParameter("name"), bytes)
                            : media.setCover(item, request.getParameter("name"), bytes, alt);
                    response.getWriter().print(file.path());
                }
                case "draft" ->
                    response.getWriter()
                            .print(draft(
                                    request.getParameter("type") == null
                                            ? ContentType.NEWS
                                            : ContentType.valueOf(request.getParameter("type")),
                                    request.getParameter("author") == null
                                            ? DemoAccounts.EDITOR
                                            : request.getParameter("author")));
                default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (EJBException thrown) {
            if (thrown.getCause() instanceof BusinessException refusal) {
                response.setStatus(422);
                response.getWriter()
                        .print(Messages.get(
                                Locale.forLanguageTag("vi"), refusal.getMessageKey(), refusal.getArguments()));
            } else {
                throw thrown;
            }
        } catch (BusinessException refusal) {
            response.setStatus(422);
            response.getWriter()
                    .print(Messages.get(Locale.forLanguageTag("vi"), refusal.getMessageKey(), refusal.getArguments()));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var item = em.createQuery(
                        "select c from ContentItem c where c.type = :type and c.slug = :slug", ContentItem.class)
                .setParameter("type", ContentType.valueOf(request.getParameter("type")))
                .setParameter("slug", request.getParameter("slug"))
                .getSingleResult();
        response.setContentType("text/plain");
        response.getWriter().print(item.getId());
    }

    /** A draft of {@code type} written by the account {@code authorEmail}. */
    private Long draft(ContentType type, String authorEmail) {
        try {
            tx.begin();
            var author = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                    .setParameter("email", authorEmail)
                    .getSingleResult();
            var now = java.time.LocalDateTime.now();
            var item = new ContentItem(
                    type,
                    "Bản nháp có tệp đính kèm",
                    "ban-nhap-co-tep-" + System.nanoTime(),
                    null,
                    "<p>Chưa đăng.</p>",
                    "vi",
                    author,
                    now);
            em.persist(item);
            tx.commit();
            return item.getId();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
