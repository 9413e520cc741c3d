package vn.bentre.ocop.view.canhan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.directory.boundary.DirectoryChoices;
import vn.bentre.ocop.identity.boundary.AccountService;
import vn.bentre.ocop.identity.boundary.Profile;
import vn.bentre.ocop.identity.entity.LearnerGroup;
import vn.bentre.ocop.view.LoginBacking;
import vn.bentre.ocop.view.Pages;

/**
 * The signed-in person's profile ({@code ca-nhan/ho-so.xhtml}): name, contact, learner group and where they work
 * (commune valid today, organisation of the directory or typed). With {@code ?next=} (a local path only, as at
 * sign-in) saving goes back there: a course that refused for the learner group links here that way.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    DirectoryChoices directory;

    private String email;
    private String fullName;
    private String phone;
    private String organisationName;
    private String positionTitle;
    private LearnerGroup learnerGroup;
    private Long communeId;
    private Long organisationId;
    private String next;

    @PostConstruct
    void load() {
        String asked = Faces.getRequestParameter("next");
        next = LoginBacking.isLocalPath(asked) ? asked : null;
        var account = accounts.current();
        email = account.getEmail();
        fullName = account.getFullName();
        phone = account.getPhone();
        organisationName = account.getOrganisationName();
        positionTitle = account.getPositionTitle();
        learnerGroup = account.getLearnerGroup();
        communeId = account.getCommuneId();
        organisationId = account.getOrganisationId();
        if (organisationId != null) {
            organisationName = null; // the directory's name is shown by the choice
        }
    }

    public void save() throws IOException {
        try {
            String organisation =
                    organisationId == null ? organisationName : directory.organisationName(organisationId);
            accounts.updateProfile(
                    new Profile(fullName, phone, organisation, positionTitle, learnerGroup, communeId, organisationId));
        } catch (RuntimeException refused) {
            Pages.refusal("profile", refused);
            return;
        }
        if (next != null) {
            // not Faces.redirect: it formats the address, and a local path may hold a %-escape
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + next);
            return;
        }
        Pages.info("profile.saved");
    }

    public String getNext() {
        return next;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LearnerGroup getLearnerGroup() {
        return learnerGroup;
    }

    public void setLearnerGroup(LearnerGroup learnerGroup) {
        this.learnerGroup = learnerGroup;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }
}
