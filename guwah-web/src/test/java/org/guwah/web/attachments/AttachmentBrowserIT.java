package org.guwah.web.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import org.guwah.store.accounts.Role;
import org.guwah.store.attachments.TestFiles;
import org.guwah.web.testing.Chromium;
import org.guwah.web.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A documenter attaches a photo to a person's case page in a real browser (Debian's headless
 * Chromium, no script needed): the browser's own multipart encoding passes the CSRF check, the
 * file's table row shows its type, the original's SHA-256 and that metadata was removed, and the
 * download arrives as a file without the photo's GPS canary.
 */
class AttachmentBrowserIT {
  static Chromium chromium;
  static Browser browser;
  static TestServer server;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    chromium = Chromium.launch();
    browser = chromium.browser();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Test
  void aDocumenterAttachesAPhotoAndDownloadsItWithoutItsMetadata() throws Exception {
    TestServer.Credentials who = server.credentials(Role.DOCUMENTER);
    byte[] photo = TestFiles.jpegWithMetadata();
    Path file = tmp.resolve("qanari-browser-photo.jpg");
    Files.write(file, photo);
    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
      Page page = context.newPage();
      page.navigate(base() + "/cases?lang=en");
      page.fill("#loginName", who.loginName());
      page.fill("#password", who.password());
      page.waitForNavigation(() -> page.click("form.card button[type=submit]"));
      page.fill("#code", who.code());
      page.waitForNavigation(() -> page.click("form.card button[type=submit]"));
      assertThat(page.url()).contains("/cases");

      page.click("text=Record a person");
      page.fill("[id='name.0']", "Qanarigul Browserova");
      page.selectOption("[id='script.0']", "ULY");
      page.selectOption("#sex", "FEMALE");
      page.waitForNavigation(() -> page.click("form.record button[type=submit]"));
      assertThat(page.url()).contains("/persons/");
      String personUrl = page.url();

      page.click("#attachments details.upload summary");
      page.fill("#attachments textarea[name=caption]", "qanari caption from the browser");
      page.setInputFiles("#attachments input[type=file]", file);
      Response uploaded = page.waitForNavigation(() -> page.click("#attachments details.upload button[type=submit]"));
      assertThat(uploaded.status()).as(page.textContent("main")).isEqualTo(200);
      assertThat(page.url()).startsWith(personUrl).contains("#attachments-");
      String row = page.locator("#attachments table.attachments tbody tr").textContent();
      assertThat(row).contains("qanari-browser-photo.jpg").contains("image/jpeg")
          .contains(TestFiles.sha256Hex(photo)).contains("Removed").contains("GPS");

      Download download = page.waitForDownload(() -> page.click("#attachments table.attachments a[download]"));
      assertThat(download.suggestedFilename()).isEqualTo("qanari-browser-photo.jpg");
      byte[] got = Files.readAllBytes(download.path());
      assertThat(got.length).isGreaterThan(100);
      assertThat(TestFiles.contains(got, TestFiles.GPS_CANARY)).isFalse();
      assertThat(TestFiles.pixels(got)).isEqualTo(TestFiles.pixels(photo));

      page.waitForNavigation(() -> page.click("#attachments table.attachments button[type=submit]"));
      assertThat(page.locator("#attachments table.attachments").count()).isZero();
    }
  }
}
