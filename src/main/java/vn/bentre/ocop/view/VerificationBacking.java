package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.training.boundary.CertificateService;
import vn.bentre.ocop.training.boundary.CertificateView;

/**
 * Public certificate verification ({@code xac-minh.xhtml}): {@code /xac-minh/{code}} shows the certificate or says
 * that no certificate has that code (with a 404 status, so the answer is unmistakable to machines too);
 * {@code /xac-minh?ma=} is where the form on the bare page sends a typed code.
 */
@Named
@RequestScoped
public class VerificationBacking {

    @Inject
    CertificateService certificates;

    @Inject
    @Param(pathIndex = 0)
    String code;

    @Inject
    @Param(name = "ma")
    String typed;

    private CertificateView certificate;

    public void load() {
        String asked = code != null ? code : typed;
        if (asked == null || asked.isBlank()) {
            return;
        }
        code = asked.strip().toUpperCase(Locale.ROOT);
        certificate = certificates.verify(code).orElse(null);
        if (certificate == null) {
            ((HttpServletResponse) Faces.getResponse()).setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    public String getCode() {
        return code;
    }

    public CertificateView getCertificate() {
        return certificate;
    }
}
