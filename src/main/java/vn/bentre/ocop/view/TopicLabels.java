package vn.bentre.ocop.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.bentre.ocop.content.control.VietnameseFolding;
import vn.bentre.ocop.platform.control.Messages;

/**
 * A course's topic in the reader's language. Trainers type a course's topic (and administrators that of training
 * done elsewhere) as free Vietnamese text, so there is no list to translate; the topics in common use have a
 * bundle key {@code training.topic.<folded-topic>} ({@code "Truy xuất nguồn gốc"} → {@code
 * training.topic.truy-xuat-nguon-goc}) in both languages, and any other topic is shown as it was typed. Filters and
 * exports keep the stored text; only what a reader sees is translated.
 */
@Named
@ApplicationScoped
public class TopicLabels {

    static final String PREFIX = "training.topic.";
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    /** The bundle key a topic's label would have. */
    public static String keyOf(String topic) {
        String slug =
                NOT_WORD.matcher(VietnameseFolding.fold(topic)).replaceAll("-").replaceAll("^-|-$", "");
        return PREFIX + slug;
    }

    /** The topic's label in this language, or the topic itself when the bundles do not know it. */
    public String label(String topic, Locale locale) {
        if (topic == null || topic.isBlank()) {
            return "";
        }
        String key = keyOf(topic);
        String label = Messages.get(locale, key);
        return label.equals(key) ? topic : label;
    }
}
