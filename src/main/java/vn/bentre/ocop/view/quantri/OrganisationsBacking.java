package vn.bentre.ocop.view.quantri;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.bentre.ocop.directory.boundary.OrganisationAdminService;
import vn.bentre.ocop.directory.boundary.OrganisationForm;
import vn.bentre.ocop.directory.boundary.OrganisationRow;
import vn.bentre.ocop.directory.entity.MemberPosition;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.platform.control.CsvWriter;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.view.KeyedLazyModel;
import vn.bentre.ocop.view.Pages;

/**
 * The administrators' organisations ({@code quan-tri/to-chuc.xhtml}): a filtered lazy list, the form to create or
 * correct one, merging a duplicate into the one kept, and the people linked to an organisation.
 */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The export's bound: the directory of a province holds a few thousand organisations. */
    static final int MAX_EXPORT_ROWS = 100_000;

    @Inject
    OrganisationAdminService directory;

    private String text;
    private OrganisationType typeFilter;
    private Long communeFilter;
    private List<OrganisationAdminService.Choice> communes;

    /** The organisation being edited; null with {@link #formOpen} for a new one. */
    private OrganisationRow editing;

    private boolean formOpen;
    private OrganisationType type;
    private String name;
    private String taxCode;
    private Long communeId;
    private String address;
    private String phone;
    private String email;

    private OrganisationRow duplicate;
    private Long keptId;
    private List<OrganisationAdminService.Choice> mergeChoices;

    private OrganisationRow people;
    private List<OrganisationAdminService.MemberRow> members;
    private String memberEmail;
    private MemberPosition memberPosition = MemberPosition.MEMBER;

    private final LazyDataModel<OrganisationRow> organisations = new KeyedLazyModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.find(text, typeFilter, communeFilter, 0, 1).total();
        }

        @Override
        public List<OrganisationRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = directory.find(
                    text, typeFilter, communeFilter, first, Math.min(pageSize, OrganisationAdminService.MAX_PAGE));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        protected long keyOf(OrganisationRow row) {
            return row.id();
        }
    };

    @PostConstruct
    void init() {
        communes = directory.communes();
    }

    /**
     * The organisations the filters select, as CSV, written by the portal's one CSV writer (formula-leading cells
     * neutralised: an organisation may be named {@code =HYPERLINK(...)}); the XLSX export stays PrimeFaces'.
     */
    public void exportCsv() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        try (var csv = new CsvWriter()) {
            csv.row(Stream.of("name", "type", "taxCode", "commune", "phone")
                    .map(k -> Messages.get(locale, "directory.organisation." + k))
                    .toList());
            int first = 0;
            while (first < MAX_EXPORT_ROWS) {
                var page = directory.find(text, typeFilter, communeFilter, first, OrganisationAdminService.MAX_PAGE);
                for (var row : page.rows()) {
                    csv.row(
                            row.name(),
                            Messages.get(locale, "directory.type." + row.type()),
                            row.taxCode(),
                            row.communeName(),
                            row.phone());
                }
                first += OrganisationAdminService.MAX_PAGE;
                if (page.rows().isEmpty() || first >= page.total()) {
                    break;
                }
            }
            byte[] bytes = csv.bytes();
            var external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType("text/csv; charset=UTF-8");
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"to-chuc.csv\"");
            external.setResponseContentLength(bytes.length);
            external.getResponseOutputStream().write(bytes);
        }
        faces.responseComplete();
    }

    public void startNew() {
        closeSide();
        editing = null;
        formOpen = true;
        type = OrganisationType.COOPERATIVE;
        name = taxCode = address = phone = email = null;
        communeId = null;
    }

    public void edit(OrganisationRow row) {
        closeSide();
        var fresh = directory.get(row.id());
        editing = fresh;
        formOpen = true;
        type = fresh.type();
        name = fresh.name();
        taxCode = fresh.taxCode();
        communeId = fresh.communeId();
        address = fresh.address();
        phone = fresh.phone();
        email = fresh.email();
    }

    public void save() {
        var form = new OrganisationForm(type, name, taxCode, communeId, address, phone, email);
        try {
            var saved =
                    editing == null ? directory.create(form) : directory.update(editing.id(), editing.version(), form);
            Pages.info("directory.organisation.saved", saved.name());
            formOpen = false;
            editing = null;
        } catch (RuntimeException refused) {
            Pages.refusal("organisation", refused);
        }
    }

    public void cancel() {
        closeSide();
    }

    public void startMerge(OrganisationRow row) {
        closeSide();
        duplicate = row;
        keptId = null;
        mergeChoices = directory.organisations().stream()
                .filter(c -> c.id() != row.id())
                .toList();
    }

    public void merge() {
        if (duplicate == null || keptId == null) {
            Pages.error("directory.merge.chooseKept");
            return;
        }
        try {
            directory.merge(keptId, duplicate.id());
            Pages.info("directory.merge.done", duplicate.name());
            duplicate = null;
        } catch (RuntimeException refused) {
            Pages.refusal("organisations", refused);
        }
    }

    public void showPeople(OrganisationRow row) {
        closeSide();
        people = row;
        members = directory.members(row.id());
        memberEmail = null;
    }

    public void link() {
        try {
            directory.link(people.id(), memberEmail, memberPosition);
            Pages.info("directory.member.linked", memberEmail);
            members = directory.members(people.id());
            memberEmail = null;
        } catch (RuntimeException refused) {
            Pages.refusal("people", refused);
        }
    }

    public void unlink(OrganisationAdminService.MemberRow member) {
        try {
            directory.unlink(member.id());
            members = directory.members(people.id());
            Pages.info("directory.member.unlinked", member.email());
        } catch (RuntimeException refused) {
            Pages.refusal("people", refused);
        }
    }

    private void closeSide() {
        formOpen = false;
        editing = null;
        duplicate = null;
        people = null;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public MemberPosition[] getPositions() {
        return MemberPosition.values();
    }

    public LazyDataModel<OrganisationRow> getOrganisations() {
        return organisations;
    }

    public List<OrganisationAdminService.Choice> getCommunes() {
        return communes;
    }

    /**
     * The communes the form offers: those valid today, plus the one an existing organisation already has (a commune
     * of before the reorganisation stays its commune until an admin moves it).
     */
    public List<OrganisationAdminService.Choice> getFormCommunes() {
        if (editing == null || communes.stream().anyMatch(c -> c.id() == editing.communeId())) {
            return communes;
        }
        var all = new java.util.ArrayList<>(communes);
        all.add(new OrganisationAdminService.Choice(editing.communeId(), editing.communeName()));
        return all;
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

    public OrganisationType getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(OrganisationType typeFilter) {
        this.typeFilter = typeFilter;
    }

    public Long getCommuneFilter() {
        return communeFilter;
    }

    public void setCommuneFilter(Long communeFilter) {
        this.communeFilter = communeFilter;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public OrganisationRow getDuplicate() {
        return duplicate;
    }

    public Long getKeptId() {
        return keptId;
    }

    public void setKeptId(Long keptId) {
        this.keptId = keptId;
    }

    public List<OrganisationAdminService.Choice> getMergeChoices() {
        return mergeChoices;
    }

    public OrganisationRow getPeople() {
        return people;
    }

    public List<OrganisationAdminService.MemberRow> getMembers() {
        return members;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public MemberPosition getMemberPosition() {
        return memberPosition;
    }

    public void setMemberPosition(MemberPosition memberPosition) {
        this.memberPosition = memberPosition;
    }
}
