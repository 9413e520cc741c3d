package vn.bentre.ocop.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's texts ({@code i18n/messages_vi.properties}, {@code i18n/messages_en.properties}) for code that
 * is not a page: REST problems, mails, PDFs. Pages read the same bundle as {@code #{msg[...]}}.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {}

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Only Vietnamese and English exist; never let the JVM's default locale pick the bundle. */
    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Language.ENGLISH : Language.VIETNAMESE;
    }
}
