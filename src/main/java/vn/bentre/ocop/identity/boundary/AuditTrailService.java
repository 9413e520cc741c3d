package vn.bentre.ocop.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.platform.entity.AuditEntry;

/**
 * The audit log as administrators read it: entries with the actor's name, filtered by actor (name or e-mail),
 * action, subject type and date range, newest first, paginated in the database. It lives in identity because it
 * names the accounts that acted; platform writes the entries without knowing accounts.
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class AuditTrailService {

    public static final int MAX_PAGE = 100;

    public record Filter(String actor, String action, String subjectType, LocalDate from, LocalDate to)
            implements Serializable {}

    public record Row(
            long id,
            LocalDateTime occurredAt,
            String actorName,
            String actorEmail,
            String action,
            String subjectType,
            Long subjectId,
            String detail)
            implements Serializable {}

    public record Page(List<Row> rows, long total) {}

    @PersistenceContext
    EntityManager em;

    public Page find(Filter filter, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        var where = new StringBuilder(" from AuditEntry e left join Account a on a.id = e.actorId where 1 = 1");
        var names = new ArrayList<String>();
        var values = new ArrayList<Object>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and (lower(a.fullName) like :actor escape '\\' or lower(a.email) like :actor escape '\\')");
            names.add("actor");
            values.add("%" + escape(filter.actor().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and e.action = :action");
            names.add("action");
            values.add(filter.action());
        }
        if (filter.subjectType() != null && !filter.subjectType().isBlank()) {
            where.append(" and e.subjectType = :subjectType");
            names.add("subjectType");
            values.add(filter.subjectType());
        }
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
            names.add("from");
            values.add(filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.append(" and e.occurredAt < :to");
            names.add("to");
            values.add(filter.to().plusDays(1).atStartOfDay());
        }
        var count = em.createQuery("select count(e)" + where, Long.class);
        var page = em.createQuery(
                "select e, a.fullName, a.email" + where + " order by e.occurredAt desc, e.id desc", Object[].class);
        for (int i = 0; i < names.size(); i++) {
            count.setParameter(names.get(i), values.get(i));
            page.setParameter(names.get(i), values.get(i));
        }
        var rows = page.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(r -> {
                    var e = (AuditEntry) r[0];
                    return new Row(
                            e.getId(),
                            e.getOccurredAt(),
                            (String) r[1],
                            (String) r[2],
                            e.getAction(),
                            e.getSubjectType(),
                            e.getSubjectId(),
                            e.getDetail());
                })
                .toList();
        return new Page(rows, count.getSingleResult());
    }

    /** The actions that occur in the log, for the filter. */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .getResultList();
    }

    public List<String> subjectTypes() {
        return em.createQuery("select distinct e.subjectType from AuditEntry e order by e.subjectType", String.class)
                .getResultList();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
