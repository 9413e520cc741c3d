package vn.bentre.ocop.view.canhan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.bentre.ocop.identity.boundary.AccountService;
import vn.bentre.ocop.view.Pages;

/** Changing one's own password ({@code ca-nhan/doi-mat-khau.xhtml}); the current one is asked for again. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    public void change() {
        if (newPassword != null && !newPassword.equals(newPasswordAgain)) {
            Pages.fieldError("password:newPasswordAgain", "password.mismatch");
            return;
        }
        try {
            accounts.changePassword(currentPassword, newPassword);
            Pages.info("password.changed");
        } catch (RuntimeException refused) {
            Pages.refusal("password", refused);
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
