package org.guwah.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a page handler answers: a template rendered with its parameters, or a redirect (303). */
public final class PageResult {
  private final int status;
  private final @Nullable String template;
  private final Map<String, Object> params;
  private final @Nullable String location;

  private PageResult(int status, @Nullable String template, Map<String, Object> params, @Nullable String location) {
    this.status = status;
    this.template = template;
    this.params = params;
    this.location = location;
  }

  /**
   * Renders {@code template} (e.g. {@code "cases.jte"}); {@code keyValues} are its parameters
   * besides {@code c} (the page chrome, added by {@link Pages}).
   */
  public static PageResult render(String template, Object... keyValues) {
    return renderWithStatus(200, template, keyValues);
  }

  /** {@link #render} with another status (e.g. 400 for a form returned with errors). */
  public static PageResult renderWithStatus(int status, String template, Object... keyValues) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put((String) keyValues[i], Objects.requireNonNull(keyValues[i + 1], (String) keyValues[i]));
    }
    return new PageResult(status, template, params, null);
  }

  /** A 303 redirect to a path on this site (never another origin). */
  public static PageResult redirect(String path) {
    if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
      throw new IllegalArgumentException("redirects stay on this site");
    }
    return new PageResult(303, null, Map.of(), path);
  }

  /** The handler wrote the answer itself (static files). */
  public static PageResult none() {
    return new PageResult(0, null, Map.of(), null);
  }

  public int status() {
    return status;
  }

  public @Nullable String template() {
    return template;
  }

  public Map<String, Object> params() {
    return params;
  }

  public @Nullable String location() {
    return location;
  }

  @Override
  public String toString() {
    return location != null ? "PageResult[redirect]" : "PageResult[" + template + "]";
  }
}
