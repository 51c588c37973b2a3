package org.guwah.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;

/**
 * The pages' own static files (style sheet, the small progressive-enhancement script), served from
 * the classpath under {@code /assets/}: a fixed list, so no path ever reaches the file system.
 */
final class Assets {
  private static final Map<String, String> TYPES = Map.of(
      "app.css", "text/css; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8");

  private Assets() {}

  static PageResult serve(PageCall call) throws IOException {
    String file = call.context().pathParam("file");
    String type = TYPES.get(file);
    if (type == null) {
      throw ApiException.of(ErrorCode.NOT_FOUND);
    }
    try (InputStream in = Assets.class.getResourceAsStream("/org/guwah/web/assets/" + file)) {
      if (in == null) {
        throw ApiException.of(ErrorCode.NOT_FOUND);
      }
      call.context().contentType(type).result(in.readAllBytes());
    }
    return PageResult.none();
  }
}
