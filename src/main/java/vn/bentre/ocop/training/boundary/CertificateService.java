package vn.bentre.ocop.training.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.platform.control.Site;
import vn.bentre.ocop.training.control.CertificateCodes;
import vn.bentre.ocop.training.control.CertificatePdf;
import vn.bentre.ocop.training.entity.Enrolment;
import vn.bentre.ocop.training.entity.EnrolmentStatus;

/** Certificates: anyone verifies a code; a learner downloads their own certificate as a PDF. */
@Stateless
@PermitAll
public class CertificateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Site site;

    @Resource
    SessionContext context;

    /** The certificate with this code, if there is one; malformed codes are answered without a query. */
    @PermitAll
    public Optional<CertificateView> verify(String code) {
        if (!CertificateCodes.looksValid(code)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Enrolment.BY_CERTIFICATE, Enrolment.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .filter(e -> e.getStatus() == EnrolmentStatus.COMPLETED)
                .map(this::view);
    }

    /** The PDF of one of the caller's own completed enrolments. */
    @RolesAllowed({RoleNames.LEARNER, RoleNames.TRAINER, RoleNames.EDITOR, RoleNames.ADMIN})
    public byte[] pdfOfMine(long enrolmentId) {
        var enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null
                || !enrolment
                        .getLearner()
                        .getId()
                        .toString()
                        .equals(context.getCallerPrincipal().getName())
                || enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
            throw BusinessException.notFound("training.certificate.notFound");
        }
        return CertificatePdf.render(view(enrolment));
    }

    private CertificateView view(Enrolment e) {
        var course = e.getCourse();
        var sessions = course.getSessions();
        return new CertificateView(
                e.getCertificateCode(),
                e.getLearner().getFullName(),
                course.getCode(),
                course.getTitle(),
                course.getTopic(),
                course.getHours(),
                sessions.getFirst().getStartsAt().toLocalDate(),
                sessions.getLast().getEndsAt().toLocalDate(),
                e.getCompletedAt(),
                course.getTrainer().getFullName(),
                site.getAgencyName(),
                site.getBaseUrl() + "/xac-minh/" + e.getCertificateCode());
    }
}
