package org.guwah.names.keys;

import java.util.List;
import java.util.Objects;
import org.guwah.names.DetectedScript;
import org.jspecify.annotations.Nullable;

/**
 * A name in comparable form: the script of the whole name and its parts in written order, each
 * with its keys and role. Built by {@link NameKeys#of(String)}.
 *
 * <p>Immutable and thread-safe. Holds identity data: {@link #toString()} shows only the script and
 * the number of parts.
 */
public final class NameKey {
  private final DetectedScript script;
  private final List<NameToken> tokens;

  NameKey(DetectedScript script, List<NameToken> tokens) {
    this.script = Objects.requireNonNull(script, "script");
    this.tokens = List.copyOf(tokens);
  }

  /** The script of the whole name as {@link org.guwah.names.ScriptDetector} classifies it. */
  public DetectedScript script() {
    return script;
  }

  /** The parts in written order (at most {@link NameKeys#MAX_TOKENS}). */
  public List<NameToken> tokens() {
    return tokens;
  }

  /** Whether the name has no part with any sound (empty, digits, punctuation only). */
  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return this == o
        || (o instanceof NameKey
            && script == ((NameKey) o).script
            && tokens.equals(((NameKey) o).tokens));
  }

  @Override
  public int hashCode() {
    return Objects.hash(script, tokens);
  }

  /** Script and number of parts only; the name is identity data. */
  @Override
  public String toString() {
    return "NameKey[script=" + script + ", tokens=" + tokens.size() + "]";
  }
}
