package vn.bentre.ocop.view.quantri;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bentre.ocop.directory.boundary.OrganisationAdminService;

/** The administrative units with their validity and successors ({@code quan-tri/don-vi-hanh-chinh.xhtml}). */
@Named
@RequestScoped
public class UnitsBacking {

    @Inject
    OrganisationAdminService directory;

    private List<OrganisationAdminService.UnitRow> units;

    @PostConstruct
    void load() {
        units = directory.units();
    }

    public List<OrganisationAdminService.UnitRow> getUnits() {
        return units;
    }
}
