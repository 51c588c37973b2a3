package org.guwah.web.api;

import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * Formats JSON paths such as {@code names[0].script} for error responses. Names that come from the
 * request rather than from a record (unknown properties, map keys) are shown only when they look
 * like identifiers or codes, and as {@code *} otherwise, so that a path never carries free text a
 * client sent.
 */
final class JsonPaths {
  /** The path of the whole body. */
  static final String ROOT = "$";

  private static final Pattern SAFE_PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  private static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9_-]{1,32}");

  private JsonPaths() {}

  static String property(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** The path of a map entry; the key is shown only if it looks like a code. */
  static String mapKey(String parent, String key) {
    return property(parent, SAFE_KEY.matcher(key).matches() ? key : "*");
  }

  /** The path of an unknown property; its name is shown only if it looks like an identifier. */
  static String unknownProperty(String parent, String name) {
    return property(parent, SAFE_PROPERTY.matcher(name).matches() ? name : "*");
  }

  /** The path at which a Jackson binding problem occurred; {@link #ROOT} for the whole body. */
  static String of(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      String name = ref.getPropertyName();
      if (name != null) {
        String parent = path.toString();
        path.setLength(0);
        path.append(ref.from() instanceof Map ? mapKey(parent, name) : unknownProperty(parent, name));
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? ROOT : path.toString();
  }

  /** {@code path} put under {@code prefix}; the root path disappears. */
  static String join(String prefix, String path) {
    if (prefix.equals(ROOT) || prefix.isEmpty()) {
      return path.isEmpty() ? ROOT : path;
    }
    if (path.isEmpty() || path.equals(ROOT)) {
      return prefix;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }
}
