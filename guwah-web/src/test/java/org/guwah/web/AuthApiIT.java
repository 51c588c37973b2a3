package org.guwah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import org.guwah.store.accounts.Base32;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Totp;
import org.guwah.web.testing.TestServer;
import org.guwah.web.testing.TestServer.Caller;
import org.guwah.web.testing.TestServer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enrolment and sign-in as a browser or script does them, and the protections around them. */
class AuthApiIT {
  static TestServer server;
  static final Totp TOTP = Totp.create(Clock.systemUTC());

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  record Enrolled(String login, String password, byte[] secret, java.util.List<String> recoveryCodes) {}

  static Enrolled enrol(String login) {
    String password = "a long and quiet passphrase " + login.length() * 31;
    String token = server.accounts().invite(Set.of(Role.DOCUMENTER)).token();
    Response started = server.anonymous().send("POST", "/api/v1/enrolment",
        "{\"token\": \"" + token + "\", \"loginName\": \"" + login + "\", \"password\": \"" + password + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(started.json().path("qrSvg").asString()).startsWith("<svg").doesNotContain("<script");
    assertThat(started.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("guwah_session=")
        && c.contains("HttpOnly") && c.contains("SameSite=Strict") && c.contains("Path=/") && !c.contains("Secure"));
    byte[] secret = Base32.decode(started.json().path("secret").asString());
    Caller half = server.new Caller(started.cookie(), started.json().path("session").path("csrfToken").asString());
    assertThat(half.get("/api/v1/persons").code()).isEqualTo("second_factor_required");
    Response done = half.send("POST", "/api/v1/enrolment/confirm", "{\"code\": \"" + TOTP.currentCode(secret) + "\"}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    java.util.List<String> codes = new java.util.ArrayList<>();
    done.json().path("recoveryCodes").forEach(c -> codes.add(c.asString()));
    assertThat(codes).hasSize(10);
    assertThat(server.anonymous().send("POST", "/api/v1/enrolment", "{\"token\": \"" + token
        + "\", \"loginName\": \"other" + login + "\", \"password\": \"" + password + "\"}").status())
        .as("an invitation works once").isEqualTo(410);
    return new Enrolled(login, password, secret, codes);
  }

  static Response signIn(String login, String password) {
    return server.anonymous().send("POST", "/api/v1/session",
        "{\"loginName\": \"" + login + "\", \"password\": \"" + password + "\"}");
  }

  @Test
  void signInTakesPasswordThenSecondFactorAndSignOutEndsTheSession() {
    Enrolled e = enrol("sara-doc");
    Response first = signIn(e.login(), e.password());
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().path("stage").asString()).isEqualTo("password_verified");
    Caller half = server.new Caller(first.cookie(), first.json().path("csrfToken").asString());
    assertThat(half.send("POST", "/api/v1/session/second-factor", "{\"code\": \"000000\"}").code())
        .isIn("sign_in_failed");
    String next = TOTP.code(e.secret(), TOTP.currentStep() + 1);
    Response second = half.send("POST", "/api/v1/session/second-factor", "{\"code\": \"" + next + "\"}");
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.cookie()).as("a new token after the second factor").isNotEqualTo(first.cookie());
    Caller full = server.new Caller(second.cookie(), second.json().path("csrfToken").asString());
    assertThat(full.get("/api/v1/persons").status()).isEqualTo(200);
    assertThat(half.get("/api/v1/session").code()).as("the half session's token is gone").isEqualTo("not_signed_in");
    assertThat(full.send("DELETE", "/api/v1/session", null).status()).isEqualTo(204);
    assertThat(full.get("/api/v1/persons").code()).isEqualTo("not_signed_in");
  }

  @Test
  void aRecoveryCodeWorksOnce() {
    Enrolled e = enrol("rustam-doc");
    String code = e.recoveryCodes().get(0);
    for (int attempt = 0; attempt < 2; attempt++) {
      Response first = signIn(e.login(), e.password());
      Caller half = server.new Caller(first.cookie(), first.json().path("csrfToken").asString());
      Response r = half.send("POST", "/api/v1/session/second-factor", "{\"recoveryCode\": \"" + code + "\"}");
      assertThat(r.status()).isEqualTo(attempt == 0 ? 200 : 401);
    }
  }

  @Test
  void stateChangesNeedTheCsrfTokenAndTheSameOrigin() {
    Caller documenter = server.signedIn(Role.DOCUMENTER);
    String body = "{\"names\": [{\"value\": \"Aliye Tohti\", \"script\": \"ULY\"}]}";
    assertThat(documenter.send("POST", "/api/v1/persons", body, false).code()).isEqualTo("csrf_failed");
    assertThat(documenter.send("POST", "/api/v1/persons", body).status()).isEqualTo(201);
    Response crossSite = server.anonymous().send("POST", "/api/v1/session",
        "{\"loginName\": \"x\", \"password\": \"y\"}", true, "https://evil.example");
    assertThat(crossSite.code()).isEqualTo("csrf_failed");
  }

  @Test
  void wrongPasswordsAreThrottledWithoutTellingWhichPartWasWrong() {
    Enrolled e = enrol("throttled-doc");
    Response unknown = signIn("no-such-account", e.password());
    Response wrong = signIn(e.login(), "not the right passphrase at all");
    assertThat(unknown.code()).isEqualTo("sign_in_failed");
    assertThat(wrong.code()).isEqualTo("sign_in_failed");
    assertThat(unknown.json().path("error").path("message").asString())
        .isEqualTo(wrong.json().path("error").path("message").asString());
    Response last = wrong;
    for (int i = 0; i < 8 && last.status() != 429; i++) {
      last = signIn(e.login(), "not the right passphrase at all");
    }
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    assertThat(signIn(e.login(), e.password()).status()).as("even the right password waits").isEqualTo(429);
  }
}
