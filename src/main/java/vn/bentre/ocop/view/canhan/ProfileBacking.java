package vn.bentre.ocop.view.canhan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import vn.bentre.ocop.identity.boundary.AccountService;
import vn.bentre.ocop.identity.boundary.Profile;
import vn.bentre.ocop.identity.entity.LearnerGroup;
import vn.bentre.ocop.view.Pages;

/** The signed-in person's profile ({@code ca-nhan/ho-so.xhtml}). */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String email;
    private String fullName;
    private String phone;
    private String organisationName;
    private String positionTitle;
    private LearnerGroup learnerGroup;

    @PostConstruct
    void load() {
        var account = accounts.current();
        email = account.getEmail();
        fullName = account.getFullName();
        phone = account.getPhone();
        organisationName = account.getOrganisationName();
        positionTitle = account.getPositionTitle();
        learnerGroup = account.getLearnerGroup();
    }

    public void save() {
        try {
            accounts.updateProfile(new Profile(fullName, phone, organisationName, positionTitle, learnerGroup));
            Pages.info("profile.saved");
        } catch (RuntimeException refused) {
            Pages.refusal("profile", refused);
        }
    }

    public LearnerGroup getLearnerGroup() {
        return learnerGroup;
    }

    public void setLearnerGroup(LearnerGroup learnerGroup) {
        this.learnerGroup = learnerGroup;
    }

    public LearnerGroup[] getLearnerGroups() {
        return LearnerGroup.values();
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
