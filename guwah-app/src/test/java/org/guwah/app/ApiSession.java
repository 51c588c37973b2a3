package org.guwah.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guwah.store.accounts.Base32;
import org.guwah.store.accounts.Totp;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A black-box API client that signs in the way a user does: redeems an invitation token (from the
 * first-start link printed by {@code guwah serve}, or issued by an administrator), answers the
 * authenticator code, then sends requests with the session cookie and CSRF token.
 */
final class ApiSession {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern LINK = Pattern.compile("/enrol#([A-Za-z0-9_-]+)");
  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private @Nullable String cookie;
  private @Nullable String csrf;

  private ApiSession(int port) {
    this.port = port;
  }

  /** The token of the first-start enrolment link in a server's output. */
  static String firstStartToken(String serverOutput) {
    Matcher m = LINK.matcher(serverOutput);
    if (!m.find()) {
      throw new IllegalStateException("no enrolment link in the server output");
    }
    return m.group(1);
  }

  /** Enrols with {@code token} and signs in completely. */
  static ApiSession enrol(int port, String token, String loginName) throws Exception {
    ApiSession s = new ApiSession(port);
    JsonNode started = s.json(s.send("POST", "/api/v1/enrolment", "{\"token\": \"" + token + "\", \"loginName\": \""
        + loginName + "\", \"password\": \"a long enough passphrase 42\"}"), 200);
    s.csrf = started.path("session").path("csrfToken").asString();
    String code = Totp.create(Clock.systemUTC()).currentCode(Base32.decode(started.path("secret").asString()));
    JsonNode done = s.json(s.send("POST", "/api/v1/enrolment/confirm", "{\"code\": \"" + code + "\"}"), 200);
    s.csrf = done.path("session").path("csrfToken").asString();
    return s;
  }

  /** Sends a request with this session; returns the answer. */
  HttpResponse<String> send(String method, String path, @Nullable String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (cookie != null) {
      b.header("Cookie", "guwah_session=" + cookie);
    }
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (String h : r.headers().allValues("Set-Cookie")) {
      if (h.startsWith("guwah_session=")) {
        String v = h.substring("guwah_session=".length());
        cookie = v.substring(0, v.indexOf(';'));
      }
    }
    return r;
  }

  /** The JSON body of {@code r}, which must have status {@code status}. */
  JsonNode json(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException("expected " + status + " but got " + r.statusCode() + ": "
          + (r.body().length() > 300 ? r.body().substring(0, 300) : r.body()));
    }
    return JSON.readTree(r.body());
  }

  /** Issues an invitation for {@code role} (this session must be an administrator's). */
  String invite(String role) throws Exception {
    return json(send("POST", "/api/v1/invitations", "{\"roles\": [\"" + role + "\"]}"), 201).path("token").asString();
  }
}
