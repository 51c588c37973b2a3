package org.guwah.web.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.guwah.forms.testing.SampleForms;
import org.guwah.store.accounts.Role;
import org.guwah.web.testing.Chromium;
import org.guwah.web.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The closed-pool questionnaire in a real browser (Debian's headless Chromium): a documenter uploads
 * a three-language XLSForm and issues a single-use invitation; a respondent, in a browser holding
 * no cookies, answers it in Uyghur (right to left) with a group, a question that appears only when
 * relevant, a constraint whose message comes in Uyghur, and a repeat; sees a codename; the link no
 * longer works; the documenter reads the submission, replies and records it; the respondent reads
 * the reply under the codename. No cookie is ever set on the respondent's side.
 */
class QuestionnaireBrowserIT {
  static Chromium chromium;
  static Browser browser;
  static TestServer server;
  @TempDir static Path dir;

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

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  Page signIn(BrowserContext context, TestServer.Credentials who) {
    Page page = context.newPage();
    page.navigate(base() + "/questionnaires?lang=en");
    page.fill("#loginName", who.loginName());
    page.fill("#password", who.password());
    page.waitForNavigation(() -> page.click("form.card button[type=submit]"));
    page.fill("#code", who.code());
    page.waitForNavigation(() -> page.click("form.card button[type=submit]"));
    page.navigate(base() + "/questionnaires?lang=en");
    assertThat(page.locator("h1").textContent()).isEqualTo("Questionnaires");
    return page;
  }

  static void click(Page page, String selector) {
    page.waitForNavigation(() -> page.click(selector));
  }

  @Test
  void aRespondentAnswersInUyghurAndTheInvitationThenStopsWorking() throws Exception {
    TestServer.Credentials documenter = server.credentials(Role.DOCUMENTER);
    try (BrowserContext work = browser.newContext(); BrowserContext respondent = browser.newContext()) {
      // the documenter uploads the form and issues one single-use invitation
      Page doc = signIn(work, documenter);
      Path xlsx = dir.resolve("family-survey.xlsx");
      Files.write(xlsx, SampleForms.respondent().build());
      doc.setInputFiles("#xlsform", xlsx);
      click(doc, "form[action='/questionnaires'] button[type=submit]");
      assertThat(doc.url()).contains("/questionnaires/");
      assertThat(doc.locator("h1").textContent()).isEqualTo("Family and pressure survey");
      click(doc, "form[action$='/invitations'] button[type=submit]");
      List<String> links = doc.locator("a.invitation-link").allTextContents();
      assertThat(links).hasSize(1);
      String link = links.get(0);

      // the respondent opens it in Uyghur: right to left, Uyghur labels, nothing stored
      Page q = respondent.newPage();
      Response opened = q.navigate(base() + link + "?lang=ug");
      assertThat(opened.status()).isEqualTo(200);
      assertThat(opened.headers().get("cache-control")).isEqualTo("no-store");
      assertThat(opened.headers()).doesNotContainKey("set-cookie");
      assertThat(q.getAttribute("html", "dir")).isEqualTo("rtl");
      assertThat(q.getAttribute("html", "lang")).isEqualTo("ug");
      assertThat(q.evaluate("getComputedStyle(document.querySelector('main')).direction")).isEqualTo("rtl");
      assertThat(q.locator("label[for=your_name]").textContent()).contains("ئىسمىڭىز");
      assertThat(q.locator("a.quick-exit").count()).isEqualTo(1);
      assertThat(q.locator("[name=what_happened]").count()).as("not relevant yet").isZero();

      q.fill("[name=your_name]", "Qanarigul Testova قانارىگۈل");
      q.check("input[name=residence][value=TR]");
      q.fill("[name=birth_year]", "1890");
      q.check("input[name=consent][value=INTERNAL_ANALYSIS]");
      q.check("input[name=contacted][value=yes]");
      Response refreshed = q.waitForNavigation(() -> q.click("button[value=refresh]:not(.default-action)"));
      assertThat(q.locator("[name=what_happened]").count()).as("relevant now: %s %s", refreshed.status(),
          q.textContent("main")).isEqualTo(1);
      assertThat(q.locator("[id='birth_year-error']").textContent()).isEqualTo("1900 بىلەن 2010 ئارىلىقىدىكى بىر يىل");
      assertThat(q.inputValue("[name=your_name]")).isEqualTo("Qanarigul Testova قانارىگۈل");
      q.fill("[name=birth_year]", "1985");
      q.fill("[name=what_happened]", "ئاكامنى 2018-يىلى لاگېرغا ئېلىپ كەتتى. <script>alert(1)</script>");
      click(q, "button.add");
      q.fill("[name='relatives[1]/relative_name']", "Canarybek Testov");
      q.check("input[name='relatives[1]/relation'][value=SIBLING]");
      q.check("input[name='relatives[1]/status'][value=IN_CAMP]");
      Response sent = q.waitForNavigation(() -> q.click("#send"));
      assertThat(sent.status()).as(q.textContent("main")).isEqualTo(200);
      String codename = q.locator("#codename").textContent();
      assertThat(codename).matches("\\d{4}(-\\d{4}){5}");
      assertThat(respondent.cookies()).as("no cookie at any step").isEmpty();

      // the invitation is spent
      Response again = q.navigate(base() + link);
      assertThat(again.status()).isEqualTo(410);
      assertThat(q.locator("main").textContent()).doesNotContain("Family and pressure survey");

      // the documenter reads it (no script ran), replies and records it
      doc.navigate(base() + doc.url().replaceAll("^.*(/questionnaires/[^/#?]+).*$", "$1") + "/submissions");
      click(doc, "a.open-submission");
      assertThat(doc.locator("table.answers").textContent()).contains("Qanarigul Testova").contains("<script>")
          .contains("Brother or sister");
      assertThat(doc.locator("table.answers script").count()).isZero();
      doc.fill("#text", "Thank you. We have recorded your brother's case.");
      click(doc, "form[action$='/reply'] button[type=submit]");
      click(doc, "#accept");
      assertThat(doc.url()).contains("/persons/");
      assertThat(doc.locator("h1").textContent()).isEqualTo("Qanarigul Testova قانارىگۈل");
      assertThat(doc.locator("main").textContent()).contains("Canarybek Testov");

      // the respondent reads the reply under the codename (posted, never in an address)
      q.navigate(base() + "/replies?lang=ug");
      q.fill("#codename", codename.replace("-", " "));
      click(q, "form button[type=submit]");
      assertThat(q.url()).doesNotContain(codename.substring(0, 4) + "-");
      assertThat(q.locator("ol.thread").textContent()).contains("We have recorded your brother's case.");
      assertThat(respondent.cookies()).isEmpty();
    }
  }
}
