package vn.bentre.ocop.directory.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.logging.Logger;
import vn.bentre.ocop.directory.entity.AdminLevel;
import vn.bentre.ocop.directory.entity.AdminUnit;
import vn.bentre.ocop.directory.entity.MemberPosition;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.directory.entity.OrganisationMember;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.platform.control.InstallationFacts;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * The units of the 2025 reorganisation that the demo organisations need, and a few organisations typical of
 * Bến Tre's OCOP entities. Unit codes are the portal's own (the official statistical codes of the new communes
 * can be added beside them); addresses are at commune level because hamlets were not checked.
 */
@Stateless
public class DemoDirectory {

    public static final String FACT = "demo.directory";

    /** The portal's records start with the 2021-2025 programme; older history of a unit is out of scope. */
    static final LocalDate RECORDS_BEGIN = LocalDate.of(2021, 1, 1);
    /** The 2025 reorganisation: Bến Tre joined Vĩnh Long province and districts ended, from 1 July 2025. */
    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);

    private static final Logger LOG = Logger.getLogger(DemoDirectory.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    InstallationFacts facts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIntoEmptyDatabase() {
        long rows = em.createNamedQuery(AdminUnit.COUNT, Long.class).getSingleResult()
                + em.createNamedQuery(Organisation.COUNT, Long.class).getSingleResult();
        if (!facts.firstLoad(FACT, rows)) {
            return;
        }
        facts.claim(FACT, "units and organisations");
        var vinhLong = unit("tinh-vinh-long", "Tỉnh Vĩnh Long", AdminLevel.PROVINCE, null, REORGANISED);
        var benTre = unit("tinh-ben-tre", "Tỉnh Bến Tre", AdminLevel.PROVINCE, null, RECORDS_BEGIN);
        benTre.endValidity(REORGANISED.minusDays(1), vinhLong);
        var districts = new java.util.HashMap<String, AdminUnit>();
        for (String[] district : new String[][] {
            {"huyen-giong-trom", "Huyện Giồng Trôm"}, {"huyen-ba-tri", "Huyện Ba Tri"},
            {"huyen-thanh-phu", "Huyện Thạnh Phú"}, {"huyen-cho-lach", "Huyện Chợ Lách"},
            {"huyen-mo-cay-nam", "Huyện Mỏ Cày Nam"}
        }) {
            // Districts were abolished, not merged: their communes went to several new units, so no successor.
            var unit = unit(district[0], district[1], AdminLevel.DISTRICT, benTre, RECORDS_BEGIN);
            unit.endValidity(REORGANISED.minusDays(1), null);
            districts.put(district[0], unit);
        }
        // Two communes of before the reorganisation, merged into new ones (simplified: the real mergers joined
        // several communes each). Records made then keep them; reports follow the successor.
        var hungNhuong = unit(
                "xa-hung-nhuong",
                "Xã Hưng Nhượng",
                AdminLevel.COMMUNE,
                districts.get("huyen-giong-trom"),
                RECORDS_BEGIN);
        var anThuy = unit("xa-an-thuy", "Xã An Thủy", AdminLevel.COMMUNE, districts.get("huyen-ba-tri"), RECORDS_BEGIN);
        var giongTrom = commune("xa-giong-trom", "Xã Giồng Trôm", vinhLong);
        var baTri = commune("xa-ba-tri", "Xã Ba Tri", vinhLong);
        var thanhPhu = commune("xa-thanh-phu", "Xã Thạnh Phú", vinhLong);
        var choLach = commune("xa-cho-lach", "Xã Chợ Lách", vinhLong);
        var moCay = commune("xa-mo-cay", "Xã Mỏ Cày", vinhLong);
        var anHoi = commune("phuong-an-hoi", "Phường An Hội", vinhLong);
        hungNhuong.endValidity(REORGANISED.minusDays(1), giongTrom);
        anThuy.endValidity(REORGANISED.minusDays(1), baTri);

        organisation(
                OrganisationType.HOUSEHOLD_BUSINESS,
                "Cơ sở sản xuất chanh muối Hải Phượng",
                giongTrom,
                "Xã Giồng Trôm, tỉnh Vĩnh Long",
                null);
        var coconutCoop = organisation(
                OrganisationType.COOPERATIVE,
                "Hợp tác xã Dừa Thạnh Phú",
                thanhPhu,
                "Quốc lộ 57, xã Thạnh Phú, tỉnh Vĩnh Long",
                null);
        organisation(
                OrganisationType.ENTERPRISE,
                "Công ty TNHH Chế biến Dừa Ba Tri",
                baTri,
                "Đường tỉnh 885, xã Ba Tri, tỉnh Vĩnh Long",
                null);
        organisation(
                OrganisationType.COOPERATIVE,
                "Hợp tác xã Cây giống và Trái cây Chợ Lách",
                choLach,
                "Quốc lộ 57, xã Chợ Lách, tỉnh Vĩnh Long",
                null);
        organisation(
                OrganisationType.CRAFT_VILLAGE, "Làng nghề kẹo dừa Mỏ Cày", moCay, "Xã Mỏ Cày, tỉnh Vĩnh Long", null);
        var office = organisation(
                OrganisationType.AGENCY,
                "Văn phòng Điều phối Chương trình OCOP tỉnh",
                anHoi,
                "Số 126 Nguyễn Thị Định, phường An Hội, tỉnh Vĩnh Long",
                "0275 3822 270");
        organisation(
                OrganisationType.COOPERATIVE,
                "Hợp tác xã Bánh tráng Mỹ Lồng",
                giongTrom,
                "Ấp Mỹ Lồng, xã Giồng Trôm, tỉnh Vĩnh Long",
                null);
        // Registered before the reorganisation: it keeps the commune it had (today's unit is Xã Giồng Trôm).
        organisation(
                OrganisationType.CRAFT_VILLAGE,
                "Làng nghề bánh phồng Sơn Đốc",
                hungNhuong,
                "Ấp Sơn Đốc, xã Hưng Nhượng, huyện Giồng Trôm, tỉnh Bến Tre",
                null);
        organisation(
                OrganisationType.COOPERATIVE,
                "Hợp tác xã Thủy sản An Thủy",
                anThuy,
                "Xã An Thủy, huyện Ba Tri, tỉnh Bến Tre",
                null);
        organisation(
                OrganisationType.CRAFT_VILLAGE,
                "Làng nghề rượu Phú Lễ",
                baTri,
                "Ấp Phú Lễ, xã Ba Tri, tỉnh Vĩnh Long",
                null);
        organisation(
                OrganisationType.ENTERPRISE,
                "Công ty TNHH Mỹ nghệ Dừa Mỏ Cày",
                moCay,
                "Quốc lộ 57, xã Mỏ Cày, tỉnh Vĩnh Long",
                null);
        organisation(
                OrganisationType.HOUSEHOLD_BUSINESS,
                "Cơ sở kẹo chuối Ba Tri",
                baTri,
                "Xã Ba Tri, tỉnh Vĩnh Long",
                null);
        linkPeople(coconutCoop, office);
        LOG.info("Demo directory loaded: units of the 2025 reorganisation and twelve organisations");
    }

    private AdminUnit unit(String code, String name, AdminLevel level, AdminUnit parent, LocalDate from) {
        var unit = new AdminUnit(code, name, level, parent, from);
        em.persist(unit);
        return unit;
    }

    private AdminUnit commune(String code, String name, AdminUnit province) {
        return unit(code, name, AdminLevel.COMMUNE, province, REORGANISED);
    }

    private Organisation organisation(
            OrganisationType type, String name, AdminUnit commune, String address, String phone) {
        var organisation = new Organisation(type, name, null, commune, clock.now());
        organisation.changeContact(address, phone, null);
        em.persist(organisation);
        return organisation;
    }

    /** The demo people's positions, when the demo accounts exist (they are loaded first). */
    private void linkPeople(Organisation coconutCoop, Organisation office) {
        DemoAccounts.find(em, DemoAccounts.LEARNER)
                .ifPresent(
                        a -> em.persist(new OrganisationMember(coconutCoop, a, MemberPosition.MANAGER, clock.now())));
        DemoAccounts.find(em, DemoAccounts.ADMIN)
                .ifPresent(a -> em.persist(new OrganisationMember(office, a, MemberPosition.OFFICIAL, clock.now())));
        DemoAccounts.find(em, DemoAccounts.TRAINER)
                .ifPresent(a -> em.persist(new OrganisationMember(office, a, MemberPosition.OFFICIAL, clock.now())));
    }
}
