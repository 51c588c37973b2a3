package org.guwah.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright, for the browser tests: no browser download, no
 * sandbox (CI runs as root), no GPU. Override the executable with {@code -Dguwah.chromium=PATH}.
 */
public final class Chromium implements AutoCloseable {
  public static final Path EXECUTABLE = Path.of(System.getProperty("guwah.chromium", "/usr/bin/chromium"));

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Starts Chromium; fails the test with a clear message when the package is missing. */
  public static Chromium launch() {
    assertThat(EXECUTABLE).as("Chromium (Debian package chromium; .ci/run installs it)").exists();
    Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
    return new Chromium(playwright, browser);
  }

  public Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
