package vn.bentre.ocop.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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

    /** A headless Chromium with a fresh profile; the driver is named, so Selenium Manager is never asked for one. */
    static ChromeDriver start(Browser.Screen screen, Path profile) {
        var options = new ChromeOptions();
        options.setBinary(binary().toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--lang=vi",
                "--window-size=1280,900");
        // The console (CSP violations, script errors) is kept for Browser.consoleErrors() and the crawl.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (screen == Browser.Screen.PHONE) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", 375, "height", 812, "pixelRatio", 2.0, "mobile", true)));
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver().toFile())
                .usingAnyFreePort()
                .build();
        var chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        chromium.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return chromium;
    }

    /** The whole page as a PNG, not only the part in the window (at most 6,000 px high). */
    @SuppressWarnings("unchecked")
    static byte[] screenshot(ChromeDriver chromium) {
        var metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        var size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 6000);
        var clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        var shot = chromium.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
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
