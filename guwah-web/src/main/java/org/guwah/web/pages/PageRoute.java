package org.guwah.web.pages;

import java.util.Objects;
import org.guwah.web.api.Access;
import org.guwah.web.api.HttpMethod;

/**
 * One page route: an id for the reviewed access matrix (written {@code page:...}), method, path
 * (Javalin syntax, {@code {id}} for path parameters), who may open it, its handler, and whether
 * its form is a streamed {@code multipart/form-data} upload ({@link #upload}).
 */
public record PageRoute(String id, HttpMethod method, String path, Access access, PageHandler handler,
    boolean multipart) {
  /** A route whose form is URL-encoded. */
  public PageRoute(String id, HttpMethod method, String path, Access access, PageHandler handler) {
    this(id, method, path, access, handler, false);
  }

  public PageRoute {
    Objects.requireNonNull(id);
    Objects.requireNonNull(method);
    Objects.requireNonNull(path);
    Objects.requireNonNull(access);
    Objects.requireNonNull(handler);
    if (!id.startsWith("page:")) {
      throw new IllegalArgumentException("page route ids start with page:");
    }
  }

  public static PageRoute get(String id, String path, Access access, PageHandler handler) {
    return new PageRoute(id, HttpMethod.GET, path, access, handler);
  }

  public static PageRoute post(String id, String path, Access access, PageHandler handler) {
    return new PageRoute(id, HttpMethod.POST, path, access, handler);
  }

  /**
   * A POST route whose form is {@code multipart/form-data} (file uploads): the body is not parsed
   * before the handler runs; the form must send {@code _csrf} as its first field, which {@link
   * Pages} reads and checks; the handler reads the other parts as a stream ({@link
   * PageCall#multipart()}).
   */
  public static PageRoute upload(String id, String path, Access access, PageHandler handler) {
    return new PageRoute(id, HttpMethod.POST, path, access, handler, true);
  }

  /** A page handler. */
  @FunctionalInterface
  public interface PageHandler {
    PageResult handle(PageCall call) throws Exception;
  }
}
