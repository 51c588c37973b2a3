package org.guwah.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.guwah.core.validation.ValidationException;
import org.guwah.core.vocab.Language;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.Gate;
import org.guwah.web.i18n.LanguageChoice;
import org.guwah.web.i18n.Messages;
import org.guwah.web.i18n.Translation;
import org.guwah.web.multipart.MultipartReader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers page routes on a Javalin configuration, each behind the {@link Gate}:
 *
 * <ul>
 *   <li>not signed in → 303 to {@code /sign-in}; half signed in → 303 to the second step;
 *       forbidden or a failed CSRF check → 403 page; an unknown record → 404 page; anything else →
 *       500 page with an incident id, logged without the exception's message (it could quote
 *       submitted text);
 *   <li>every answer: {@code Cache-Control: no-store}, {@code Referrer-Policy: same-origin}, a CSP allowing only this origin's scripts,
 *       styles and images ({@code data:} images for QR codes), no inline script, no framing, forms
 *       posting only here;
 *   <li>language: {@code ?lang=}, then the {@value LanguageChoice#COOKIE} preference, then {@code
 *       Accept-Language}; a {@code ?lang=} on a workspace page is remembered in that cookie
 *       (a language code, nothing else).
 * </ul>
 */
public final class Pages {
  private static final Logger LOG = LoggerFactory.getLogger(Pages.class);
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
      "org.guwah.web.pages.templates");

  /** What an upload form may send before its handler sets the body's limit (the CSRF field). */
  static final long UPLOAD_PREAMBLE_BYTES = 64 * 1024;

  private final List<PageRoute> routes;
  private final Gate gate;
  private final Supplier<UUID> incidentIds;
  private final boolean rememberLanguage;

  private Pages(List<PageRoute> routes, Gate gate, Supplier<UUID> incidentIds, boolean rememberLanguage) {
    this.routes = List.copyOf(routes);
    this.gate = gate;
    this.incidentIds = incidentIds;
    this.rememberLanguage = rememberLanguage;
  }

  /**
   * Pages over {@code routes}; {@code rememberLanguage} false for respondents' pages, which set no
   * cookie at all.
   */
  public static Pages of(List<PageRoute> routes, Gate gate, Supplier<UUID> incidentIds, boolean rememberLanguage) {
    return new Pages(routes, gate, incidentIds, rememberLanguage);
  }

  public List<PageRoute> routes() {
    return routes;
  }

  /** Adds every route to {@code config}. */
  public void register(JavalinConfig config) {
    for (PageRoute route : routes) {
      config.routes.addHttpHandler(route.method().handlerType(), route.path(), ctx -> handle(route, ctx));
    }
  }

  private void handle(PageRoute route, Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Security-Policy", CSP);
    // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on form posts,
    // which the gate must refuse; nothing leaves for another site either way.
    ctx.header("Referrer-Policy", "same-origin");
    Language language = LanguageChoice.resolve(ctx.queryParam("lang"),
        rememberLanguage ? ctx.cookie(LanguageChoice.COOKIE) : null, ctx.header("Accept-Language"));
    if (rememberLanguage && ctx.queryParam("lang") != null && Language.fromCode(ctx.queryParam("lang")).isPresent()) {
      ctx.res().addHeader("Set-Cookie", LanguageChoice.COOKIE + "=" + language.code()
          + "; Path=/; Max-Age=31536000; SameSite=Strict; HttpOnly");
    }
    Translation t = Messages.standard().in(language);
    Session session = null;
    try {
      String csrf = null;
      MultipartReader multipart = null;
      if (route.method().changesState()) {
        if (route.multipart() && MultipartReader.isMultipart(ctx.contentType())) {
          multipart = uploadForm(ctx);
          csrf = multipart == null ? null : leadingCsrf(multipart);
        } else {
          csrf = ctx.formParam(Chrome.CSRF_FIELD);
        }
        csrf = csrf != null ? csrf : ctx.header(Gate.CSRF_HEADER);
      }
      session = gate.admit(route.access(), route.method().changesState(), ctx, csrf);
      PageResult result = route.handler().handle(new PageCall(ctx, session, t, multipart));
      answer(ctx, result, chrome(ctx, session, t));
    } catch (ApiException e) {
      refused(ctx, e, session, t);
    } catch (ValidationException e) {
      error(ctx, 400, t.get("form.errors"), session, t);
    } catch (Exception e) {
      UUID incident = incidentIds.get();
      LOG.error("page {} {} failed, incident {} ({})", route.method(), route.path(), incident,
          e.getClass().getName());
      error(ctx, 500, t.get("error.internal") + " " + incident, session, t);
    }
  }

  /**
   * A streamed reader of an upload form's body, allowed {@value #UPLOAD_PREAMBLE_BYTES} bytes until
   * the handler sets its own limit; null if the body has no usable boundary.
   */
  private static @Nullable MultipartReader uploadForm(Context ctx) throws java.io.IOException {
    String boundary = MultipartReader.boundary(ctx.contentType()).orElse(null);
    return boundary == null ? null
        : MultipartReader.of(ctx.req().getInputStream(), boundary, UPLOAD_PREAMBLE_BYTES);
  }

  /** The CSRF token an upload form sends as its first field; null if it does not. */
  private static @Nullable String leadingCsrf(MultipartReader form) {
    try {
      return form.leadingField(Chrome.CSRF_FIELD, 256);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private void refused(Context ctx, ApiException e, @Nullable Session session, Translation t) {
    switch (e.code()) {
      case NOT_SIGNED_IN:
        redirect(ctx, "/sign-in?lang=" + t.lang());
        return;
      case SECOND_FACTOR_REQUIRED:
        redirect(ctx, "/sign-in/second-factor?lang=" + t.lang());
        return;
      case NOT_FOUND:
        error(ctx, 404, t.get("error.notFound"), session, t);
        return;
      case CSRF_FAILED:
        error(ctx, 403, t.get("error.csrf"), session, t);
        return;
      case FORBIDDEN:
        error(ctx, 403, t.get("error.forbidden"), session, t);
        return;
      default:
        error(ctx, e.code().status(), e.getMessage() == null ? t.get("error.title") : e.getMessage(), session, t);
    }
  }

  private static void redirect(Context ctx, String location) {
    ctx.status(303).header("Location", location);
  }

  private void error(Context ctx, int status, String message, @Nullable Session session, Translation t) {
    ctx.header("X-Guwah-Error", Integer.toString(status));
    render(ctx, status, rememberLanguage ? "error.jte" : "plain-error.jte", Map.of("c", chrome(ctx, session, t), "message", message));
  }

  private static void answer(Context ctx, PageResult result, Chrome chrome) {
    String location = result.location();
    if (location != null) {
      redirect(ctx, location);
      return;
    }
    if (result.status() == 0) {
      return;
    }
    Map<String, Object> params = new LinkedHashMap<>(result.params());
    params.put("c", chrome);
    render(ctx, result.status(), java.util.Objects.requireNonNull(result.template()), params);
  }

  static void render(Context ctx, int status, String template, Map<String, Object> params) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    TEMPLATES.render(template, params, out);
    ctx.status(status).contentType("text/html; charset=utf-8").result(out.toByteArray());
  }

  static Chrome chrome(Context ctx, @Nullable Session session, Translation t) {
    boolean signedIn = session != null && session.authenticated();
    String path = ctx.path();
    String query = ctx.queryString();
    if (query != null) {
      List<String> kept = new ArrayList<>();
      for (String part : query.split("&")) {
        if (!part.startsWith("lang=") && !part.isEmpty()) {
          kept.add(part);
        }
      }
      if (!kept.isEmpty()) {
        path = path + "?" + String.join("&", kept);
      }
    }
    return new Chrome(t, session == null ? "" : session.csrfToken(), signedIn,
        signedIn && session.roles().contains(Role.DOCUMENTER), path);
  }

  @Override
  public String toString() {
    return "Pages[" + routes.size() + " routes]";
  }
}
