package org.guwah.web.api;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Renders a throwable's class names and stack frames, with causes and suppressed exceptions, but
 * without any exception message: messages can carry request data.
 */
final class StackTraces {
  private static final int MAX_FRAMES = 80;
  private static final int MAX_DEPTH = 12;

  private StackTraces() {}

  static String withoutMessages(Throwable t) {
    StringBuilder out = new StringBuilder();
    render(t, "", out, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    return out.toString();
  }

  private static void render(Throwable t, String caption, StringBuilder out, Set<Throwable> seen, int depth) {
    if (!seen.add(t) || depth > MAX_DEPTH) {
      out.append(caption).append("[cycle or too deep]\n");
      return;
    }
    out.append(caption).append(t.getClass().getName()).append('\n');
    StackTraceElement[] frames = t.getStackTrace();
    for (int i = 0; i < frames.length && i < MAX_FRAMES; i++) {
      out.append("\tat ").append(frames[i]).append('\n');
    }
    if (frames.length > MAX_FRAMES) {
      out.append("\t... ").append(frames.length - MAX_FRAMES).append(" more\n");
    }
    for (Throwable s : t.getSuppressed()) {
      render(s, "Suppressed: ", out, seen, depth + 1);
    }
    Throwable cause = t.getCause();
    if (cause != null) {
      render(cause, "Caused by: ", out, seen, depth + 1);
    }
  }
}
