package org.guwah.web.pages;

import java.util.Objects;
import org.guwah.web.api.Access;
import org.guwah.web.api.HttpMethod;

/**
 * One page route: an id for the reviewed access matrix (written {@code page:...}), method, path
 * (Javalin syntax, {@code {id}} for path parameters), who may open it, and its handler.
 */
public record PageRoute(String id, HttpMethod method, String path, Access access, PageHandler handler) {
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

  /** A page handler. */
  @FunctionalInterface
  public interface PageHandler {
    PageResult handle(PageCall call) throws Exception;
  }
}
