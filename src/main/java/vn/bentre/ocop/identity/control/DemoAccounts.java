package vn.bentre.ocop.identity.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.InstallationFacts;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * One demo account per role, for a first look at the portal. Their shared password is in the README; a
 * production installation runs with demo content switched off.
 */
@Stateless
public class DemoAccounts {

    public static final String PASSWORD = "ocop-bentre-demo";
    public static final String ADMIN = "quantri@demo.ocop-bentre.vn";
    public static final String EDITOR = "bientap@demo.ocop-bentre.vn";
    public static final String TRAINER = "giangvien@demo.ocop-bentre.vn";
    public static final String LEARNER = "hocvien@demo.ocop-bentre.vn";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    @Inject
    InstallationFacts facts;

    /** A demo account by its e-mail, for the other components' demo loaders. */
    public static Optional<Account> find(EntityManager em, String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIntoEmptyDatabase() {
        if (!facts.firstLoad(
                "demo.accounts", em.createNamedQuery(Account.COUNT, Long.class).getSingleResult())) {
            return;
        }
        facts.claim("demo.accounts", "4");
        String hash = hasher.hash(PASSWORD);
        add(
                ADMIN,
                "Nguyễn Thị Thu Hà",
                Role.ADMIN,
                hash,
                "Văn phòng Điều phối Chương trình OCOP tỉnh",
                "Chuyên viên quản trị hệ thống",
                "0913 456 781");
        add(
                EDITOR,
                "Trần Minh Khoa",
                Role.EDITOR,
                hash,
                "Văn phòng Điều phối Chương trình OCOP tỉnh",
                "Biên tập viên",
                "0918 224 365");
        add(
                TRAINER,
                "Lê Văn Phúc",
                Role.TRAINER,
                hash,
                "Trung tâm Khuyến nông tỉnh",
                "Giảng viên chính",
                "0939 117 208");
        add(
                LEARNER,
                "Phạm Thị Mỹ Linh",
                Role.LEARNER,
                hash,
                "Hợp tác xã Dừa Thạnh Phú",
                "Giám đốc hợp tác xã",
                "0987 652 114");
        LOG.info("Demo accounts loaded: one per role, see the README");
    }

    private void add(
            String email, String name, Role role, String hash, String organisation, String position, String phone) {
        var account = new Account(email, name, hash, Set.of(role), clock.now());
        account.updateProfile(name, phone, organisation, position);
        em.persist(account);
    }
}
