package org.guwah.web.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.guwah.core.ids.Ids;
import org.guwah.store.accounts.AccountStore;
import org.guwah.store.accounts.Base32;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Totp;
import org.guwah.store.audit.AuditKeys;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.PasswordHasher;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.guwah.web.GuwahServer;
import org.guwah.web.api.ApiServer;
import org.guwah.web.api.ApiServerOptions;
import org.guwah.web.api.Gate;
import org.guwah.web.auth.SessionCookies;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production server ({@link GuwahServer}) on a fresh database and a free port, with callers that
 * sign in through the real enrolment routes (invitation, password, TOTP). Passwords are hashed with
 * cheap Argon2id parameters to keep the tests quick.
 */
public final class TestServer implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();
  private final FreshDatabase fresh;
  private final Database db;
  private final CaseStore cases;
  private final KeyRing ring;
  private final AccountStore accounts;
  private GuwahServer guwah;
  private final AuditLog audit;
  private ApiServer server;
  private final Path searchDirectory;
  private final SecureRandom random = new SecureRandom();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private TestServer() throws Exception {
    fresh = TestDatabases.create();
    db = fresh.open();
    Path keys = Files.createTempDirectory("guwah-test-keys");
    ring = KeyRing.create(keys.resolve("k"));
    searchDirectory = keys.resolve("search");
    cases = CaseStore.create(db.jdbi(), ring, Clock.systemUTC(), Ids.system());
    accounts = AccountStore.create(db.jdbi(), ring,
        PasswordHasher.create(new PasswordHasher.Parameters(1024, 1, 1), random), Clock.systemUTC(), random);
    audit = AuditLog.open(db, AuditKeys.chainKey(ring), Clock.systemUTC(), keys.resolve("audit.anchor"));
    guwah = GuwahServer.create(cases, ring, accounts, audit, false, Clock.systemUTC(), random, searchDirectory);
    server = guwah.build(ApiServerOptions.defaults().withPort(0)).start();
  }

  /**
   * Stops the server and starts a new one over the same database, keys and search index directory,
   * as a restart of {@code guwah serve} would (sessions are in memory: sign in again).
   */
  public void restart() {
    server.close();
    guwah.close();
    guwah = GuwahServer.create(cases, ring, accounts, audit, false, Clock.systemUTC(), random, searchDirectory);
    server = guwah.build(ApiServerOptions.defaults().withPort(0)).start();
  }

  /** The directory of the server's full-text index. */
  public Path searchDirectory() {
    return searchDirectory;
  }

  public static TestServer start() {
    try {
      return new TestServer();
    } catch (Exception e) {
      throw new IllegalStateException("could not start the test server", e);
    }
  }

  public CaseStore cases() {
    return cases;
  }

  /** The key ring the server holds in memory. */
  public KeyRing keys() {
    return ring;
  }

  public AccountStore accounts() {
    return accounts;
  }

  public AuditLog audit() {
    return audit;
  }

  public GuwahServer guwah() {
    return guwah;
  }

  public ApiServer server() {
    return server;
  }

  public int port() {
    return server.port();
  }

  /** A caller without session. */
  public Caller anonymous() {
    return new Caller(null, null);
  }

  /** Enrols a new account with {@code roles} through the API and returns it signed in. */
  public Caller signedIn(Role first, Role... more) {
    Response started = startEnrolment(java.util.EnumSet.of(first, more), first.code());
    Caller half = new Caller(started.cookie(), started.json().path("session").path("csrfToken").asString());
    byte[] secret = Base32.decode(started.json().path("secret").asString());
    String code = Totp.create(Clock.systemUTC()).currentCode(secret);
    Arrays.fill(secret, (byte) 0);
    Response done = half.send("POST", "/api/v1/enrolment/confirm", "{\"code\": \"" + code + "\"}");
    if (done.status() != 200) {
      throw new IllegalStateException("enrolment confirmation failed: " + done.status() + " " + done.body());
    }
    return new Caller(done.cookie(), done.json().path("session").path("csrfToken").asString());
  }

  /** What a person types to sign in: login name, password, and the authenticator's secret. */
  public record Credentials(String loginName, String password, byte[] secret) {
    /** The authenticator code of the current time step. */
    public String code() {
      Totp totp = Totp.create(Clock.systemUTC());
      return totp.code(secret, totp.currentStep());
    }

    @Override
    public String toString() {
      return "Credentials[" + loginName + "]";
    }
  }

  /**
   * A new account with {@code roles}, enrolled through the store (its first code was the previous
   * time step's, so the current one is still unused), for tests that sign in as a person would.
   */
  public Credentials credentials(Role first, Role... more) {
    String token = accounts.invite(java.util.EnumSet.of(first, more)).token();
    int n = ACCOUNTS.incrementAndGet();
    String login = "user" + n + "-pages";
    String password = "correct horse battery staple " + n * 7919;
    org.guwah.store.accounts.Enrolment e = accounts.redeem(token, login, password);
    byte[] secret = Base32.decode(e.totp().secretBase32());
    Totp totp = Totp.create(Clock.systemUTC());
    accounts.confirmSecondFactor(e.account().id(), totp.code(secret, totp.currentStep() - 1)).orElseThrow();
    return new Credentials(login, password, secret);
  }

  /** Half signed in: password verified, second factor not yet passed. */
  public Caller signingIn(Role role) {
    Response started = startEnrolment(Set.of(role), "half");
    return new Caller(started.cookie(), started.json().path("session").path("csrfToken").asString());
  }

  /** Redeems a new invitation for {@code roles} under a fresh login name; the answer of the first step. */
  private Response startEnrolment(Set<Role> roles, String label) {
    String token = accounts.invite(roles).token();
    int n = ACCOUNTS.incrementAndGet();
    String login = "user" + n + "-" + label;
    String password = "correct horse battery staple " + n * 7919;
    Response started = anonymous().send("POST", "/api/v1/enrolment",
        "{\"token\": \"" + token + "\", \"loginName\": \"" + login + "\", \"password\": \"" + password + "\"}");
    if (started.status() != 200) {
      throw new IllegalStateException("enrolment failed: " + started.status() + " " + started.body());
    }
    return started;
  }

  /** One HTTP answer. */
  public record Response(int status, java.net.http.HttpHeaders headers, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String code() {
      return json().path("error").path("code").asString();
    }

    /** The session token set by this answer's cookie, or null. */
    public @Nullable String cookie() {
      for (String h : headers.allValues("Set-Cookie")) {
        if (h.startsWith(SessionCookies.NAME + "=")) {
          String v = h.substring(SessionCookies.NAME.length() + 1);
          int end = v.indexOf(';');
          return end < 0 ? v : v.substring(0, end);
        }
      }
      return null;
    }
  }

  /** A client with (or without) a session cookie and its CSRF token. */
  public final class Caller {
    private final @Nullable String cookie;
    private final @Nullable String csrf;

    public Caller(@Nullable String cookie, @Nullable String csrf) {
      this.cookie = cookie;
      this.csrf = csrf;
    }

    public Response get(String path) {
      return send("GET", path, null);
    }

    public Response send(String method, String path, @Nullable String body) {
      return send(method, path, body, true);
    }

    /** Sends; {@code withCsrf} false leaves the CSRF header out. */
    public Response send(String method, String path, @Nullable String body, boolean withCsrf) {
      return send(method, path, body, withCsrf, null);
    }

    /** Sends with an {@code Origin} header (null: none). */
    public Response send(String method, String path, @Nullable String body, boolean withCsrf, @Nullable String origin) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path));
      b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (body != null) {
        b.header("Content-Type", "application/json");
      }
      if (cookie != null) {
        b.header("Cookie", SessionCookies.NAME + "=" + cookie);
      }
      if (csrf != null && withCsrf) {
        b.header(Gate.CSRF_HEADER, csrf);
      }
      if (origin != null) {
        b.header("Origin", origin);
      }
      try {
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.headers(), r.body());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    public @Nullable String cookie() {
      return cookie;
    }
  }

  @Override
  public void close() {
    server.close();
    guwah.close();
    db.close();
    fresh.close();
  }
}
