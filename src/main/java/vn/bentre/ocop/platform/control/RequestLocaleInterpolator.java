package vn.bentre.ocop.platform.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Bean Validation messages in the language of the person who caused them. Validation of service parameters
 * has no locale of its own and would otherwise speak the JVM's default language; this asks the current request
 * (the {@code lang} cookie) instead, and falls back to Vietnamese outside a request.
 */
public class RequestLocaleInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return delegate.interpolate(template, context, requestLocale());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return delegate.interpolate(template, context, Messages.supported(locale));
    }

    private static Locale requestLocale() {
        try {
            return CDI.current().select(Language.class).get().getLocale();
        } catch (RuntimeException notInARequest) {
            return Language.VIETNAMESE;
        }
    }
}
