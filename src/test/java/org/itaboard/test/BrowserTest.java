package org.itaboard.test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * End-to-end journeys in Debian's real Chromium, driven by Playwright, against the application on a
 * random port and the embedded PostgreSQL. Without Chromium the tests are skipped with a message;
 * under CI (CI=true) a missing Chromium fails them instead, so they can never silently not run.
 */
public abstract class BrowserTest extends WebServerTest {

    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** Sign-in attempts before a journey gives up: the first page of a fresh application may miss the first. */
    private static final int LOGIN_ATTEMPTS = 3;

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext browserContext;
    protected Page page;

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Chromium not found at " + CHROMIUM + ": install it with 'apt-get install chromium' "
                    + "to run the end-to-end tests";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (CI must run them)");
            }
            Assumptions.abort(message);
        }
        // assertThat(...).containsText gives up after 5 s by default: too short on a CI machine that runs a Spring
        // context and Chromium on two busy cores (two journeys failed that way), never too long for a passing check.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        if (browser == null) {
            // Never let Playwright download a browser of its own: this machine has no route to it.
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
        }
    }

    @AfterAll
    static void keepBrowserForNextClass() {
        // The browser is shared by all end-to-end classes and closed with the JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (playwright != null) {
                playwright.close();
                playwright = null;
            }
        }));
    }

    @BeforeEach
    void openPage() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        browserContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("th-TH"));
        page = browserContext.newPage();
        page.setDefaultTimeout(120_000); // the first page of a context compiles views on a busy CI machine
    }

    @AfterEach
    void closePage() {
        browserContext.close();
    }

    /**
     * Signs in through the real login form, as a user would. The first page a fresh application serves may take the
     * keys before the form listens (the form stays on /login, empty, without an error): then the user types again.
     */
    protected void login(String username, String password) {
        login(page, username, password);
    }

    /** The same sign-in in another browser page, e.g. a second user's beside the first. */
    protected void login(Page page, String username, String password) {
        page.navigate(url("login"));
        for (int attempt = 1; ; attempt++) {
            page.waitForSelector("vaadin-login-form input[name=username]");
            page.fill("input[name=username]", username);
            page.fill("input[name=password]", password);
            page.keyboard().press("Enter");
            try {
                page.waitForSelector("vaadin-app-layout",
                        new Page.WaitForSelectorOptions().setTimeout(attempt < LOGIN_ATTEMPTS ? 30_000 : 120_000));
                return;
            } catch (PlaywrightException e) {
                if (attempt == LOGIN_ATTEMPTS || !page.url().endsWith("/login")) {
                    // Keep what the browser showed instead of the application, for whoever reads the failed run.
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(SCREENSHOTS.resolve("login-failed-" + username + ".png")).setFullPage(true));
                    throw new AssertionError("No application page after signing in as " + username + " at "
                            + page.url() + "; the page said: " + page.locator("body").innerText(), e);
                }
            }
        }
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
