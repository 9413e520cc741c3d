package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bentre.ocop.directory.boundary.DirectoryChoices;
import vn.bentre.ocop.identity.entity.LearnerGroup;

/**
 * The choices of the "where I work" fields that registration and the profile share
 * ({@code WEB-INF/includes/account/where-i-work.xhtml}): learner groups, today's communes and the directory's
 * organisations, each read at most once a request. Request-scoped, so the lists never travel in a view state.
 */
@Named
@RequestScoped
public class WorkplaceChoices {

    @Inject
    DirectoryChoices directory;

    private List<DirectoryChoices.Choice> communes;
    private List<DirectoryChoices.Choice> organisations;

    public LearnerGroup[] getLearnerGroups() {
        return LearnerGroup.values();
    }

    /** Communes valid today, by name. */
    public List<DirectoryChoices.Choice> getCommunes() {
        if (communes == null) {
            communes = directory.communesToday();
        }
        return communes;
    }

    /** The directory's organisations, by name. */
    public List<DirectoryChoices.Choice> getOrganisations() {
        if (organisations == null) {
            organisations = directory.organisations();
        }
        return organisations;
    }
}
