package org.guwah.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import org.guwah.store.accounts.Session;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.i18n.Translation;
import org.guwah.web.multipart.MultipartReader;
import org.jspecify.annotations.Nullable;

/**
 * One admitted page request: the Javalin context, the session (null on a public page opened
 * without one), the language, and typed access to path, query and form values. Form values are
 * trimmed of surrounding whitespace; text longer than {@link #MAX_FIELD} is refused.
 */
public final class PageCall {
  /** Longest accepted form field, in chars (notes and testimony text included). */
  public static final int MAX_FIELD = 100_000;

  private final Context ctx;
  private final @Nullable Session session;
  private final Translation t;
  private final @Nullable MultipartReader multipart;

  PageCall(Context ctx, @Nullable Session session, Translation t) {
    this(ctx, session, t, null);
  }

  PageCall(Context ctx, @Nullable Session session, Translation t, @Nullable MultipartReader multipart) {
    this.ctx = ctx;
    this.session = session;
    this.t = t;
    this.multipart = multipart;
  }

  /**
   * The rest of a {@link PageRoute#upload} form, after its {@code _csrf} field; null when the
   * request was not {@code multipart/form-data}.
   */
  public @Nullable MultipartReader multipart() {
    return multipart;
  }

  public Context context() {
    return ctx;
  }

  public @Nullable Session session() {
    return session;
  }

  /** The session; only on routes that require one. */
  public Session requireSession() {
    if (session == null) {
      throw ApiException.of(ErrorCode.NOT_SIGNED_IN);
    }
    return session;
  }

  public Translation t() {
    return t;
  }

  /** A path parameter as a record id; a malformed one is a 404 (nothing at that address). */
  public UUID pathUuid(String name) {
    try {
      return UUID.fromString(ctx.pathParam(name));
    } catch (IllegalArgumentException e) {
      throw ApiException.of(ErrorCode.NOT_FOUND);
    }
  }

  /** A query parameter, trimmed; null when absent or blank. */
  public @Nullable String query(String name) {
    return clean(ctx.queryParam(name));
  }

  /** A form field, trimmed; null when absent or blank. */
  public @Nullable String form(String name) {
    return clean(ctx.formParam(name));
  }

  /** Every value of a repeated form field, trimmed, blanks dropped. */
  public List<String> formList(String name) {
    return ctx.formParams(name).stream().map(PageCall::clean).filter(v -> v != null).map(v -> (String) v).toList();
  }

  private static @Nullable String clean(@Nullable String v) {
    if (v == null) {
      return null;
    }
    if (v.length() > MAX_FIELD) {
      throw ApiException.of(ErrorCode.TOO_LARGE);
    }
    String s = v.strip();
    return s.isEmpty() ? null : s;
  }

  @Override
  public String toString() {
    return "PageCall[" + ctx.method() + " " + ctx.path() + "]";
  }
}
