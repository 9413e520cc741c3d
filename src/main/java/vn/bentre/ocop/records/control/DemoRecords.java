package vn.bentre.ocop.records.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import vn.bentre.ocop.directory.entity.MemberPosition;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.directory.entity.OrganisationMember;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.identity.control.PasswordHasher;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.InstallationFacts;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.records.entity.ExternalTraining;

/**
 * Demo records: managers of the demo organisations who were trained before the portal existed (classes run by the
 * provincial OCOP office and the Department of Agriculture in 2024 and 2025), recorded by the demo administrator,
 * so that every report groups something by commune, organisation type, topic and year. The managers have accounts
 * nobody can sign in to (a random password), as records of people, not demo logins.
 */
@Stateless
public class DemoRecords {

    public static final String FACT = "demo.records";

    private static final Logger LOG = Logger.getLogger(DemoRecords.class.getName());

    record Training(String title, String provider, String topic, int hours, LocalDate on, String note) {}

    static final List<Training> CLASSES = List.of(
            new Training(
                    "Tập huấn kiến thức chung về Chương trình OCOP năm 2024",
                    "Văn phòng Điều phối nông thôn mới tỉnh Bến Tre",
                    "Quản trị",
                    16,
                    LocalDate.of(2024, 4, 12),
                    "Danh sách học viên lưu tại Văn phòng Điều phối, hồ sơ lớp số 07/2024"),
            new Training(
                    "Xây dựng câu chuyện sản phẩm và thiết kế bao bì",
                    "Sở Công Thương tỉnh Bến Tre",
                    "Tiếp thị số",
                    12,
                    LocalDate.of(2024, 9, 20),
                    "Giấy chứng nhận do Sở Công Thương cấp, bản sao lưu hồ sơ chủ thể"),
            new Training(
                    "Ứng dụng mã QR truy xuất nguồn gốc nông sản",
                    "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre",
                    "Truy xuất nguồn gốc",
                    8,
                    LocalDate.of(2025, 3, 14),
                    "Danh sách ký nhận của lớp, lưu tại Chi cục Phát triển nông thôn"),
            new Training(
                    "Quản lý tài chính và giá thành cho hợp tác xã",
                    "Liên minh Hợp tác xã tỉnh",
                    "Quản trị",
                    16,
                    LocalDate.of(2025, 8, 22),
                    "Giấy chứng nhận số do Liên minh HTX cấp, bản chụp trong hồ sơ"));

    /** Managers of the demo organisations (one per organisation, in the order they were created). */
    static final List<String[]> MANAGERS = List.of(
            new String[] {"Võ Văn Tâm", "vovantam@demo.ocop-bentre.vn"},
            new String[] {"Nguyễn Thị Bích Ngọc", "bichngoc@demo.ocop-bentre.vn"},
            new String[] {"Huỳnh Minh Trí", "minhtri@demo.ocop-bentre.vn"},
            new String[] {"Lê Thị Kim Hoa", "kimhoa@demo.ocop-bentre.vn"},
            new String[] {"Trần Văn Lộc", "tranvanloc@demo.ocop-bentre.vn"});

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    InstallationFacts facts;

    @Inject
    PasswordHasher hasher;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIntoEmptyDatabase() {
        long rows = em.createQuery("select count(x) from ExternalTraining x", Long.class)
                .getSingleResult();
        if (!facts.firstLoad(FACT, rows)) {
            return;
        }
        var admin = DemoAccounts.find(em, DemoAccounts.ADMIN);
        var organisations = em.createQuery("select o from Organisation o order by o.id", Organisation.class)
                .setMaxResults(MANAGERS.size())
                .getResultList();
        if (admin.isEmpty() || organisations.isEmpty()) {
            LOG.info("Demo records not loaded: the demo administrator or organisations are missing");
            return;
        }
        facts.claim(FACT, "managers trained before the portal");
        var now = clock.now();
        var random = new SecureRandom();
        for (int i = 0; i < organisations.size(); i++) {
            String[] who = MANAGERS.get(i);
            byte[] secret = new byte[24];
            random.nextBytes(secret);
            var person = new Account(
                    who[1], who[0], hasher.hash(Base64.getEncoder().encodeToString(secret)), Set.of(Role.LEARNER), now);
            em.persist(person);
            em.persist(new OrganisationMember(organisations.get(i), person, MemberPosition.MANAGER, now));
            // Everyone took the general class; the others in turn, so topics and years differ between people.
            for (int c = 0; c < CLASSES.size(); c++) {
                if (c == 0 || (c + i) % 2 == 0) {
                    var t = CLASSES.get(c);
                    em.persist(new ExternalTraining(
                            person,
                            t.title(),
                            t.provider(),
                            t.topic(),
                            t.hours(),
                            t.on(),
                            null,
                            t.note(),
                            admin.get(),
                            now));
                }
            }
        }
        DemoAccounts.find(em, DemoAccounts.LEARNER).ifPresent(learner -> {
            var t = CLASSES.get(0);
            em.persist(new ExternalTraining(
                    learner,
                    t.title(),
                    t.provider(),
                    t.topic(),
                    t.hours(),
                    t.on(),
                    "07/2024-OCOP-15",
                    t.note(),
                    admin.get(),
                    now));
        });
        LOG.info("Demo records loaded: trained managers of the demo organisations");
    }
}
