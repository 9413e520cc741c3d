package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Facts about the operating agency that Decree 42/2022/ND-CP asks a state portal to publish (governing body,
 * address, contacts, the person responsible, the licence). They belong to whoever runs the portal, so they
 * come from configuration ({@code portal.agency.*}), not from the code or the bundles.
 */
@Named("site")
@ApplicationScoped
public class Site {

    @Inject
    @ConfigProperty(name = "portal.agency.name")
    String agencyName;

    @Inject
    @ConfigProperty(name = "portal.agency.governing-body")
    String governingBody;

    @Inject
    @ConfigProperty(name = "portal.agency.address")
    String address;

    @Inject
    @ConfigProperty(name = "portal.agency.phone")
    String phone;

    @Inject
    @ConfigProperty(name = "portal.agency.email")
    String email;

    @Inject
    @ConfigProperty(name = "portal.agency.responsible-person")
    String responsiblePerson;

    @Inject
    @ConfigProperty(name = "portal.agency.licence")
    String licence;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    public String getAgencyName() {
        return agencyName;
    }

    public String getGoverningBody() {
        return governingBody;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    /** The phone number as a {@code tel:} link wants it: digits and a leading plus only. */
    public String getPhoneLink() {
        return phone.replaceAll("[^0-9+]", "");
    }

    public String getEmail() {
        return email;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public String getLicence() {
        return licence;
    }

    /** The public address of the portal, without a trailing slash. */
    public String getBaseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
