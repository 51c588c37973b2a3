package org.guwah.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import org.guwah.store.accounts.Role;
import org.guwah.web.testing.Chromium;
import org.guwah.web.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workspace in a real browser (Debian's headless Chromium, driven by Playwright): a documenter
 * signs in with password and authenticator code and records an interview end to end; the Uyghur
 * interface renders right to left (checked in the DOM and kept as a screenshot under the build
 * folder, {@code browser-artifacts/}).
 */
class WorkspaceBrowserIT {
  static Chromium chromium;
  static Browser browser;
  static TestServer server;

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

  static Path artifacts() throws java.io.IOException {
    Path dir = Path.of(System.getProperty("guwah.build.dir", "target")).resolve("browser-artifacts");
    Files.createDirectories(dir);
    return dir;
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  Page signIn(BrowserContext context, TestServer.Credentials who, String lang) {
    Page page = context.newPage();
    page.navigate(base() + "/cases?lang=" + lang);
    assertThat(page.url()).contains("/sign-in");
    page.fill("#loginName", who.loginName());
    page.fill("#password", who.password());
    Response afterPassword = page.waitForNavigation(() -> page.click("form.card button[type=submit]"));
    assertThat(page.url()).as("after the password: %s %s", afterPassword.status(), page.textContent("main"))
        .contains("/sign-in/second-factor");
    page.fill("#code", who.code());
    Response afterCode = page.waitForNavigation(() -> page.click("form.card button[type=submit]"));
    assertThat(page.url()).as("after the code: %s %s", afterCode.status(), page.textContent("main")).contains("/cases");
    return page;
  }

  /** Submits the record form and expects to land on {@code urlGlob}; says what the page said if not. */
  static void save(Page page, String urlGlob) {
    Response r = page.waitForNavigation(() -> page.click("form.record button[type=submit]"));
    String url = page.url();
    java.util.regex.Pattern expected = java.util.regex.Pattern.compile(
        java.util.regex.Pattern.quote(urlGlob).replace("*", "\\E.*\\Q"));
    assertThat(url).as("after saving: %s %s", r == null ? "?" : r.status(), page.textContent("main")).matches(expected);
  }

  @Test
  void aDocumenterRecordsAnInterviewEndToEnd() {
    TestServer.Credentials documenter = server.credentials(Role.DOCUMENTER);
    try (BrowserContext context = browser.newContext()) {
      Page page = signIn(context, documenter, "en");
      assertThat(page.locator("h1").textContent()).isEqualTo("Cases");

      // the respondent, with one bad field first: nothing typed is lost, the field says what is wrong
      page.click("text=Record a person");
      page.fill("[id='name.0']", "Qanarigul Tursunova");
      page.selectOption("[id='script.0']", "ULY");
      page.fill("[id='name.1']", "قانارىگۈل تۇرسۇن");
      page.selectOption("[id='script.1']", "UEY");
      page.selectOption("#sex", "FEMALE");
      page.fill("#birth", "1985-13-40");
      page.selectOption("#residenceCountry", "TR");
      page.check("input[name=consent][value=INTERNAL_ANALYSIS]");
      page.check("input[name=consent][value=AGGREGATE_STATISTICS]");
      page.selectOption("#consentMethod", "ORAL_RECORDED");
      Response refused = page.waitForNavigation(() -> page.click("form.record button[type=submit]"));
      assertThat(refused.status()).isEqualTo(400);
      assertThat(page.locator("#err-birth").textContent()).contains("date");
      assertThat(page.inputValue("[id='name.1']")).isEqualTo("قانارىگۈل تۇرسۇن");
      assertThat(page.isChecked("input[name=consent][value=AGGREGATE_STATISTICS]")).isTrue();
      page.fill("#birth", "1985-03");
      save(page, "**/persons/*");
      String personUrl = page.url();
      assertThat(page.locator("h1").textContent()).isEqualTo("Qanarigul Tursunova");

      // edit her: a note, and one consent withdrawn (kept in the history as withdrawn)
      page.click("#edit-person");
      assertThat(page.inputValue("[id='name.1']")).isEqualTo("قانارىگۈل تۇرسۇن");
      assertThat(page.isChecked("input[name=consent][value=AGGREGATE_STATISTICS]")).isTrue();
      page.uncheck("input[name=consent][value=AGGREGATE_STATISTICS]");
      page.fill("#notes", "Met at the community centre.");
      save(page, personUrl);
      assertThat(page.locator("main").textContent()).contains("Met at the community centre.");
      assertThat(page.locator("#history tbody tr").count()).isEqualTo(2);
      assertThat(page.locator("#history").textContent()).contains("Recorded").contains("Changed");

      // her testimony, in Uyghur
      page.click("text=Record a testimony");
      page.selectOption("#kind", "INTERVIEW");
      page.selectOption("#language", "ug");
      page.fill("#title", "Interview 2024-05");
      page.fill("#testimony", "ئىنىم كانارىبەك 2017-يىلى لاگېرغا ئېلىپ كېتىلدى. <script>alert(1)</script>");
      save(page, personUrl + "#sources");
      assertThat(page.locator("#sources blockquote").textContent()).contains("كانارىبەك").contains("<script>");
      assertThat(page.locator("#sources blockquote script").count()).isZero();

      // her brother in Xinjiang: a protected third party, who never consented
      page.click("text=Add a relative");
      page.selectOption("#relationship", "SIBLING");
      page.fill("[id='name.0']", "Canarybek Tursun");
      page.selectOption("[id='script.0']", "ULY");
      page.selectOption("#sex", "MALE");
      page.fill("#birth", "early 1990");
      assertThat(page.isChecked("input[name=protectedThirdParty]")).isTrue();
      save(page, personUrl + "#relatives-*");
      assertThat(page.locator("#relatives li").textContent()).contains("Canarybek Tursun").contains("Sibling");

      // the threat she received
      page.click("text=Record an incident");
      page.check("input[name=tactic][value=THREAT_FAMILY]");
      page.selectOption("#channel", "WECHAT");
      page.fill("#date", "early 2019");
      page.selectOption("#hostCountry", "TR");
      page.fill("#hostCity", "Istanbul");
      save(page, personUrl + "#incidents");
      assertThat(page.locator("#incidents li").textContent()).contains("Threat to or punishment of relatives");

      // his detention, recorded on his own page
      page.click("#relatives li a");
      page.waitForURL("**/persons/*");
      page.click("text=Record a detention");
      page.selectOption("#status", "IN_CAMP");
      page.fill("#date", "2017-04");
      save(page, "**#detentions");
      assertThat(page.locator("#detentions li").textContent()).contains("2017-04");

      // corrected later: the facility becomes known
      page.click("#detentions a.edit");
      assertThat(page.inputValue("#date")).isEqualTo("2017-04");
      page.fill("#facility", "Camp No. 3, Kuchar");
      save(page, "**#detentions");
      assertThat(page.locator("#detentions li").textContent()).contains("Camp No. 3, Kuchar").contains("2017-04");

      // the case list: both persons, facets from her incident and his detention
      page.navigate(base() + "/cases");
      assertThat(page.locator("table.cases tbody tr").count()).isEqualTo(2);
      assertThat(page.locator("[data-facet=tactic]").textContent()).contains("Threat to or punishment of relatives");
      page.click("[data-facet=status] a");
      assertThat(page.locator("table.cases tbody tr").count()).isEqualTo(1);
      assertThat(page.locator("table.cases").textContent()).contains("Canarybek Tursun");

      // every write is in the audit log, under this account
      long writes = server.audit().list(0, 1000).stream()
          .filter(r -> r.entry() != null && r.entry().action() == org.guwah.store.audit.AuditAction.CREATE).count();
      assertThat(writes).isGreaterThanOrEqualTo(6);
    }
  }

  @Test
  void theUyghurInterfaceRunsRightToLeft() throws Exception {
    TestServer.Credentials documenter = server.credentials(Role.DOCUMENTER);
    try (BrowserContext context = browser.newContext()) {
      Page page = signIn(context, documenter, "ug");
      assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
      assertThat(page.getAttribute("html", "lang")).isEqualTo("ug");
      assertThat(page.evaluate("getComputedStyle(document.body).direction")).isEqualTo("rtl");
      assertThat(page.locator("h1").textContent()).isEqualTo("دېلولار");
      // the choice is remembered (a language code in a cookie), not carried in every link
      page.navigate(base() + "/persons/new");
      assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
      // mixed scripts: a Latin name and digits typed into the RTL page keep their order
      page.fill("[id='name.0']", "Memet Tursun 1985");
      assertThat(page.evaluate("getComputedStyle(document.getElementById('name.0')).direction")).isEqualTo("ltr");
      // the form's start edge is on the right: a label sits right of the page's centre
      double labelLeft = ((Number) page.evaluate("document.querySelector('label[for=sex]').getBoundingClientRect().right")).doubleValue();
      double width = ((Number) page.evaluate("document.documentElement.clientWidth")).doubleValue();
      assertThat(labelLeft).isGreaterThan(width / 2);
      Path shot = artifacts().resolve("workspace-ug.png");
      page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
      assertThat(Files.size(shot)).isGreaterThan(10_000);
    }
  }
}
