package vn.bentre.ocop.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium and chromedriver (paths from the {@code browser.chromium} and {@code browser.chromedriver}
 * properties the build passes). Browser tests run only where both are installed, and are skipped with a message
 * saying how to install them otherwise; the condition is checked before Arquillian starts a server for nothing.
 */
public final class Chromium implements ExecutionCondition {

    private static final Logger LOG = Logger.getLogger(Chromium.class.getName());

    static Path binary() {
        return Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    }

    static Path driver() {
        return Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    }

    static boolean installed() {
        return Files.isExecutable(binary()) && Files.isExecutable(driver());
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed()) {
            return ConditionEvaluationResult.enabled("Chromium at " + binary() + ", chromedriver at " + driver());
        }
        String reason = "Browser tests SKIPPED: they need Chromium at " + binary() + " and chromedriver at " + driver()
                + " (Debian: apt-get install chromium chromium-driver, as .ci/run does)";
        LOG.warning(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
