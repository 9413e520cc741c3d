package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Facts about the operating agency that Decree 42/2022/ND-CP asks a state portal to publish (governing body,
 * address, contacts, the person responsible, the licence). They belong to whoever runs the portal, so they
 * come from configuration ({@code portal.agency.*}), not from the code or the bundles. The lines in words have an
 * English variant ({@code portal.agency.*-en}) for English pages; where none is configured the Vietnamese stands.
 * The licence line is a whole sentence as the agency's licence states it, shown only when configured.
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
    Optional<String> licence;

    @Inject
    @ConfigProperty(name = "portal.agency.name-en")
    Optional<String> agencyNameEn;

    @Inject
    @ConfigProperty(name = "portal.agency.governing-body-en")
    Optional<String> governingBodyEn;

    @Inject
    @ConfigProperty(name = "portal.agency.address-en")
    Optional<String> addressEn;

    @Inject
    @ConfigProperty(name = "portal.agency.responsible-person-en")
    Optional<String> responsiblePersonEn;

    @Inject
    @ConfigProperty(name = "portal.agency.licence-en")
    Optional<String> licenceEn;

    /** The agency's lines in words, as a page in this language shows them (the footer). */
    public record Agency(String name, String governingBody, String address, String responsiblePerson, String licence) {

        public boolean hasLicence() {
            return licence != null && !licence.isBlank();
        }
    }

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
        return licence.orElse("");
    }

    /** The agency's lines in the reader's language: English variants where configured, else the Vietnamese. */
    public Agency agency(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return new Agency(
                english ? agencyNameEn.orElse(agencyName) : agencyName,
                english ? governingBodyEn.orElse(governingBody) : governingBody,
                english ? addressEn.orElse(address) : address,
                english ? responsiblePersonEn.orElse(responsiblePerson) : responsiblePerson,
                english ? licenceEn.or(() -> licence).orElse("") : licence.orElse(""));
    }

    /** The public address of the portal, without a trailing slash. */
    public String getBaseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
