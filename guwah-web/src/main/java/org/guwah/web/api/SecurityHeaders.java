package org.guwah.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers set on every response: {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy: no-referrer}, {@code X-Frame-Options: DENY}; and for API paths
 * ({@code /api/...}, {@code /health}) also {@code Cache-Control: no-store} and a
 * {@code Content-Security-Policy} that allows nothing (JSON is never rendered).
 */
final class SecurityHeaders {
  private static final Map<String, String> ALWAYS = ordered(
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY");
  private static final Map<String, String> API = ordered(
      "Cache-Control", "no-store",
      "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

  private SecurityHeaders() {}

  /** Sets the headers for a response to {@code path} through {@code setter}. */
  static void apply(String path, BiConsumer<String, String> setter) {
    ALWAYS.forEach(setter);
    if (isApiPath(path)) {
      API.forEach(setter);
    }
  }

  static boolean isApiPath(String path) {
    return path.equals("/api") || path.startsWith("/api/") || path.equals("/health");
  }

  private static Map<String, String> ordered(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
