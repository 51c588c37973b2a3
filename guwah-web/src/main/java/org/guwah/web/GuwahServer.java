package org.guwah.web;

import org.guwah.web.api.Gate;
import org.guwah.core.ids.Ids;
import org.guwah.store.attachments.AttachmentStore;
import org.guwah.web.attachments.AttachmentDesk;
import org.guwah.web.attachments.AttachmentPages;
import org.guwah.web.attachments.AttachmentRoutes;
import org.guwah.web.multipart.ServletMultipartLimits;
import org.guwah.web.auth.SignIns;
import org.guwah.web.cases.CaseDesk;
import org.guwah.web.pages.PageRoute;
import org.guwah.web.pages.Pages;
import org.guwah.web.pages.WorkspacePages;
import org.guwah.web.search.SearchService;
import org.guwah.web.api.Authenticator;
import org.guwah.store.lists.ListStore;
import org.guwah.web.lists.Lists;
import org.guwah.web.questionnaires.Questionnaires;
import org.guwah.web.questionnaires.RespondentPages;
import org.guwah.store.questionnaires.QuestionnaireStore;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.guwah.store.accounts.AccountStore;
import org.guwah.store.accounts.LoginThrottle;
import org.guwah.store.accounts.SessionStore;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.web.api.ApiRoute;
import org.guwah.web.api.ApiRoutes;
import org.guwah.web.api.ApiServer;
import org.guwah.web.api.ApiServerOptions;
import org.guwah.web.auth.AuthRoutes;
import org.guwah.web.auth.SessionCookies;
import org.guwah.web.cases.CaseRoutes;
import org.guwah.web.json.CaseJson;
import org.guwah.web.keys.KeyRotationRoutes;

/**
 * The whole Guwah server as it runs in production: every route (sign-in and accounts, cases),
 * session cookies as the authenticator, the case JSON mapper. {@code guwah serve} and the tests that
 * walk every route build it here, so they see the same route table.
 */
public final class GuwahServer implements AutoCloseable {
  private final CaseStore cases;
  private final KeyRing keys;
  private final AccountStore accounts;
  private final SessionCookies cookies;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final Clock clock;
  private final CaseDesk desk;
  private final SignIns signIns;
  private final SearchService search;
  private final Questionnaires questionnaires;
  private final AttachmentDesk attachments;
  private org.guwah.store.cases.@org.jspecify.annotations.Nullable ChangeWatch changes;
  private final Lists lists;

  private GuwahServer(CaseStore cases, KeyRing keys, AccountStore accounts, SessionCookies cookies, LoginThrottle throttle,
      AuditLog audit, Clock clock, java.nio.file.Path searchDirectory, SecureRandom random) {
    this.clock = clock;
    this.cases = cases;
    this.keys = keys;
    this.accounts = accounts;
    this.cookies = cookies;
    this.throttle = throttle;
    this.audit = audit;
    this.desk = CaseDesk.create(cases, audit, clock);
    this.signIns = new SignIns(accounts, cookies, throttle, audit);
    this.search = SearchService.open(searchDirectory, desk, keys);
    this.questionnaires = Questionnaires.create(QuestionnaireStore.create(cases.jdbi(), keys, clock, random), desk, clock,
        RespondentPages.DEFAULT_QUICK_EXIT);
    this.attachments = AttachmentDesk.create(AttachmentStore.create(cases.jdbi(), keys, clock, Ids.system()), desk);
    this.lists = Lists.create(ListStore.create(cases.jdbi(), keys, clock), desk, clock, Lists.UPLOAD_LIMITS);
  }

  /**
   * The server's parts over these stores, with in-memory sessions and login throttling.
   *
   * @param keys the key ring {@code cases} was created with (key rotation rotates it in memory)
   * @param audit where sign-ins, account changes, record writes and identity reads are recorded
   * @param secureCookies mark the session cookie {@code Secure} (clients reach the server over TLS)
   */
  public static GuwahServer create(CaseStore cases, KeyRing keys, AccountStore accounts, AuditLog audit, boolean secureCookies,
      Clock clock, SecureRandom random) {
    try {
      return create(cases, keys, accounts, audit, secureCookies, clock, random,
          java.nio.file.Files.createTempDirectory("guwah-search"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * As {@link #create(CaseStore, KeyRing, AccountStore, AuditLog, boolean, Clock, SecureRandom)}, with
   * the full-text index in {@code searchDirectory} (created if missing; {@code DATA/search} for
   * {@code guwah serve}). The overload without it puts the index in a new temporary directory (tests,
   * benchmarks). Close the server to close the index.
   */
  public static GuwahServer create(CaseStore cases, KeyRing keys, AccountStore accounts, AuditLog audit, boolean secureCookies,
      Clock clock, SecureRandom random, java.nio.file.Path searchDirectory) {
    return new GuwahServer(cases, keys, accounts, new SessionCookies(SessionStore.create(clock, random), secureCookies),
        LoginThrottle.create(clock), audit, clock, searchDirectory, random);
  }

  /** Every route of the product. */
  public ApiRoutes routes() {
    List<ApiRoute> all = new ArrayList<>();
    all.addAll(AuthRoutes.of(accounts, cookies, throttle, audit));
    all.addAll(CaseRoutes.of(desk));
    all.addAll(KeyRotationRoutes.of(cases, keys, audit, clock));
    all.addAll(AttachmentRoutes.of(attachments));
    all.addAll(search.routes());
    return ApiRoutes.of(all);
  }

  /** Every page route of the product: the workspace's, then the respondents'. */
  public List<PageRoute> pageRoutes() {
    List<PageRoute> pages = new ArrayList<>(workspacePageRoutes());
    pages.addAll(questionnaires.respondentRoutes());
    return pages;
  }

  private List<PageRoute> workspacePageRoutes() {
    List<PageRoute> pages = new ArrayList<>(WorkspacePages.of(desk, signIns, attachments.shelf(), lists.shelf()));
    pages.addAll(AttachmentPages.of(attachments));
    pages.addAll(search.pageRoutes());
    pages.addAll(questionnaires.workspaceRoutes());
    pages.addAll(lists.routes());
    return pages;
  }

  /** {@code base} with the case JSON mapper, session cookies and the pages. */
  public ApiServerOptions options(ApiServerOptions base) {
    Pages pages = Pages.of(workspacePageRoutes(), new Gate(cookies), base.incidentIds(), true);
    // Respondents' pages never see a workspace session and set no cookie (ADR 0015).
    Pages respondent = Pages.of(questionnaires.respondentRoutes(), new Gate(Authenticator.none()), base.incidentIds(),
        false);
    return base.withJson(CaseJson.apiJson()).withAuthenticator(cookies)
        .withJavalinConfig(config -> {
          base.javalinConfig().accept(config);
          ServletMultipartLimits.apply(config);
          pages.register(config);
          respondent.register(config);
        });
  }

  /**
   * Builds (does not start) the HTTP server, starts keeping the search index (ADR 0014) and listening
   * for the database's case change notices, so that repeated list reads may be answered from memory
   * until the data changes (see {@link CaseStore#watchChanges()}).
   */
  public ApiServer build(ApiServerOptions base) {
    ApiServer server = ApiServer.create(routes(), options(base));
    search.start();
    synchronized (this) {
      if (changes == null) {
        changes = cases.watchChanges();
      }
    }
    return server;
  }

  /** The full-text search (index status, rebuilds). */
  public SearchService search() {
    return search;
  }

  /** Stops keeping the search index and closes it; stops listening for case change notices. */
  @Override
  public void close() {
    search.close();
    synchronized (this) {
      if (changes != null) {
        changes.close();
        changes = null;
      }
    }
  }

  /** Lists, their import with linkage, and the review pages. */
  public Lists lists() {
    return lists;
  }

  /** The session cookies (and through them the session store). */
  public SessionCookies cookies() {
    return cookies;
  }

  /** The accounts. */
  public AccountStore accounts() {
    return accounts;
  }

  @Override
  public String toString() {
    return "GuwahServer";
  }
}
