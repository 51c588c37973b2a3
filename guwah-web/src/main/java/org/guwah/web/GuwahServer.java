package org.guwah.web;

import org.guwah.web.api.Gate;
import org.guwah.web.auth.SignIns;
import org.guwah.web.cases.CaseDesk;
import org.guwah.web.pages.PageRoute;
import org.guwah.web.pages.Pages;
import org.guwah.web.pages.WorkspacePages;

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
public final class GuwahServer {
  private final CaseStore cases;
  private final KeyRing keys;
  private final AccountStore accounts;
  private final SessionCookies cookies;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final Clock clock;
  private final CaseDesk desk;
  private final SignIns signIns;

  private GuwahServer(CaseStore cases, KeyRing keys, AccountStore accounts, SessionCookies cookies, LoginThrottle throttle,
      AuditLog audit, Clock clock) {
    this.clock = clock;
    this.cases = cases;
    this.keys = keys;
    this.accounts = accounts;
    this.cookies = cookies;
    this.throttle = throttle;
    this.audit = audit;
    this.desk = CaseDesk.create(cases, audit, clock);
    this.signIns = new SignIns(accounts, cookies, throttle, audit);
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
    return new GuwahServer(cases, keys, accounts, new SessionCookies(SessionStore.create(clock, random), secureCookies),
        LoginThrottle.create(clock), audit, clock);
  }

  /** Every route of the product. */
  public ApiRoutes routes() {
    List<ApiRoute> all = new ArrayList<>();
    all.addAll(AuthRoutes.of(accounts, cookies, throttle, audit));
    all.addAll(CaseRoutes.of(desk));
    all.addAll(KeyRotationRoutes.of(cases, keys, audit, clock));
    return ApiRoutes.of(all);
  }

  /** Every page route of the product (workspace). */
  public List<PageRoute> pageRoutes() {
    return WorkspacePages.of(desk, signIns);
  }

  /** {@code base} with the case JSON mapper, session cookies and the pages. */
  public ApiServerOptions options(ApiServerOptions base) {
    Pages pages = Pages.of(pageRoutes(), new Gate(cookies), base.incidentIds(), true);
    return base.withJson(CaseJson.apiJson()).withAuthenticator(cookies)
        .withJavalinConfig(config -> {
          base.javalinConfig().accept(config);
          pages.register(config);
        });
  }

  /** Builds (does not start) the HTTP server. */
  public ApiServer build(ApiServerOptions base) {
    return ApiServer.create(routes(), options(base));
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
