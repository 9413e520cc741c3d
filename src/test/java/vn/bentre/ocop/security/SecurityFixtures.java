package vn.bentre.ocop.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.bentre.ocop.content.entity.ContentFile;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.FileRole;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.identity.control.PasswordHasher;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Test only: what the access matrix and the id-tampering tries need. A second learner, trainer and editor (the
 * attackers), and the ids and marker texts of what the demo learner, trainer and editor own (the victims): their
 * enrolments and record, the trainer's courses and draft training material with its file, the editor's draft news
 * item with its file. Every marker is a text only the victim's own pages show.
 */
@Stateless
@PermitAll
public class SecurityFixtures {

    public static final String PASSWORD = "mat-khau-kiem-thu-bao-mat-2026";
    public static final String LEARNER_B = "hocvien-b@thu-nghiem.vn";
    public static final String TRAINER_B = "giangvien-b@thu-nghiem.vn";
    public static final String EDITOR_B = "bientap-b@thu-nghiem.vn";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    /** Creates the attackers and the victims' drafts once; answers every id and marker as {@code key=v1,v2}. */
    public Map<String, String> prepare() {
        var now = clock.now();
        if (DemoAccounts.find(em, LEARNER_B).isEmpty()) {
            String hash = hasher.hash(PASSWORD);
            em.persist(new Account(LEARNER_B, "Học viên thứ hai", hash, Set.of(Role.LEARNER), now));
            em.persist(new Account(TRAINER_B, "Giảng viên thứ hai", hash, Set.of(Role.TRAINER), now));
            em.persist(new Account(EDITOR_B, "Biên tập viên thứ hai", hash, Set.of(Role.EDITOR), now));
            var trainer = DemoAccounts.find(em, DemoAccounts.TRAINER).orElseThrow();
            var editor = DemoAccounts.find(em, DemoAccounts.EDITOR).orElseThrow();
            draftWithFile(ContentType.MATERIAL, "Tài liệu nháp MKT-" + token(), trainer, now);
            draftWithFile(ContentType.NEWS, "Tin nháp MKT-" + token(), editor, now);
            em.flush();
        }
        var facts = new LinkedHashMap<String, String>();
        var learner = DemoAccounts.find(em, DemoAccounts.LEARNER).orElseThrow();
        var trainer = DemoAccounts.find(em, DemoAccounts.TRAINER).orElseThrow();
        facts.put("learner.id", String.valueOf(learner.getId()));
        facts.put("learner.name", learner.getFullName());
        facts.put(
                "learner.b.id",
                String.valueOf(DemoAccounts.find(em, LEARNER_B).orElseThrow().getId()));
        facts.put(
                "learner.enrolments",
                join(em.createQuery("select e.id from Enrolment e where e.learner = :l order by e.id", Long.class)
                        .setParameter("l", learner)
                        .getResultList()));
        facts.put(
                "learner.enrolment.states",
                join(em.createQuery("select e.status from Enrolment e where e.learner = :l order by e.id", Object.class)
                        .setParameter("l", learner)
                        .getResultList()));
        facts.put(
                "trainer.courses",
                join(em.createQuery("select c.id from Course c where c.trainer = :t order by c.id", Long.class)
                        .setParameter("t", trainer)
                        .getResultList()));
        facts.put(
                "trainer.course.titles",
                joinText(em.createQuery("select c.title from Course c where c.trainer = :t order by c.id", String.class)
                        .setParameter("t", trainer)
                        .getResultList()));
        facts.put(
                "trainer.course.codes",
                joinText(em.createQuery("select c.code from Course c where c.trainer = :t order by c.id", String.class)
                        .setParameter("t", trainer)
                        .getResultList()));
        drafts(facts, "material", ContentType.MATERIAL);
        drafts(facts, "news", ContentType.NEWS);
        return facts;
    }

    private void drafts(Map<String, String> facts, String name, ContentType type) {
        var items = em.createQuery(
                        "select i from ContentItem i where i.type = :t and i.title like '%MKT-%' order by i.id",
                        ContentItem.class)
                .setParameter("t", type)
                .getResultList();
        var item = items.getFirst();
        facts.put(name + ".id", String.valueOf(item.getId()));
        facts.put(name + ".title", item.getTitle());
        facts.put(name + ".slug", item.getSlug());
        var file = em.createQuery("select f from ContentFile f where f.itemId = :i", ContentFile.class)
                .setParameter("i", item.getId())
                .getResultList()
                .getFirst();
        facts.put(name + ".file", "/tep/" + file.getKey() + "/" + file.getFileName());
    }

    private void draftWithFile(ContentType type, String title, Account author, java.time.LocalDateTime now) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        var item = new ContentItem(type, title, slug, "Tóm tắt " + title, "<p>" + title + "</p>", "vi", author, now);
        em.persist(item);
        em.flush();
        byte[] bytes = ("Nội dung riêng của " + title).getBytes(StandardCharsets.UTF_8);
        em.persist(new ContentFile(
                UUID.randomUUID().toString().replace("-", ""),
                item.getId(),
                FileRole.ATTACHMENT,
                "ban-nhap.txt",
                "ban-nhap.txt",
                "text/plain",
                bytes,
                author.getId(),
                now));
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String joinText(List<String> values) {
        return values.stream().map(v -> v.replace(",", " ")).collect(Collectors.joining(","));
    }
}
