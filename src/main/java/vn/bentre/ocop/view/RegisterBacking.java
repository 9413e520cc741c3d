package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import vn.bentre.ocop.identity.boundary.AccountService;
import vn.bentre.ocop.identity.boundary.Registration;

/** Self-registration of a learner ({@code dang-ky.xhtml}); the new learner is signed in at once. */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    AccountService accounts;

    @Inject
    LoginBacking login;

    private String email;
    private String fullName;
    private String phone;
    private String organisationName;
    private String positionTitle;
    private String password;
    private String passwordAgain;

    public void register() throws IOException {
        if (password != null && !password.equals(passwordAgain)) {
            Pages.fieldError("register:passwordAgain", "password.mismatch");
            return;
        }
        try {
            accounts.register(new Registration(email, fullName, phone, organisationName, positionTitle, password));
        } catch (RuntimeException refused) {
            Pages.refusal("register", refused);
            return;
        }
        login.signIn(email, password);
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
}
