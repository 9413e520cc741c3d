package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import vn.bentre.ocop.directory.boundary.DirectoryChoices;
import vn.bentre.ocop.identity.boundary.AccountService;
import vn.bentre.ocop.identity.boundary.Registration;
import vn.bentre.ocop.identity.entity.LearnerGroup;
import vn.bentre.ocop.platform.control.ClientAddress;

/**
 * Self-registration of a learner ({@code dang-ky.xhtml}). Whether the address is new or already has an account, the
 * person is sent to the login page with the same notice ("we sent you a mail; if you are new, sign in with the
 * password you chose"): a new learner then signs in and is greeted on their page, the owner of an existing account
 * reads the mail. Nobody is signed in by registering, so the answer tells nothing about the address. Besides name and
 * password it asks what a first enrolment needs: the learner group (courses for one audience check it), the commune
 * (valid today) and the organisation from the directory, or its name typed when it is not there.
 */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    AccountService accounts;

    /** The login page's query parameter that shows the notice after registering. */
    public static final String REGISTERED = "da-dang-ky";

    @Inject
    ClientAddress clientAddress;

    @Inject
    FacesContext faces;

    @Inject
    DirectoryChoices directory;

    private String email;
    private String fullName;
    private String phone;
    private String organisationName;
    private String positionTitle;
    private String password;
    private String passwordAgain;
    private LearnerGroup learnerGroup;
    private Long communeId;
    private Long organisationId;

    public void register() throws IOException {
        if (password != null && !password.equals(passwordAgain)) {
            Pages.fieldError("register:passwordAgain", "password.mismatch");
            return;
        }
        try {
            String organisation =
                    organisationId == null ? organisationName : directory.organisationName(organisationId);
            accounts.register(
                    new Registration(
                            email,
                            fullName,
                            phone,
                            organisation,
                            positionTitle,
                            password,
                            learnerGroup,
                            communeId,
                            organisationId),
                    clientAddress.of(
                            (HttpServletRequest) faces.getExternalContext().getRequest()));
        } catch (RuntimeException refused) {
            Pages.refusal("register", refused);
            return;
        }
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/dang-nhap?" + REGISTERED + "=1");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public LearnerGroup getLearnerGroup() {
        return learnerGroup;
    }

    public void setLearnerGroup(LearnerGroup learnerGroup) {
        this.learnerGroup = learnerGroup;
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
}
