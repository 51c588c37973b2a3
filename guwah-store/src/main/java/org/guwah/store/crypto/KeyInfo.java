package org.guwah.store.crypto;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Redacted status of a {@link KeyRing} for the {@code guwah keys} command: key ids, status,
 * primary flag and algorithm parameters; never key material.
 *
 * @param directory the keys directory
 * @param keysets one entry per keyset
 */
public record KeyInfo(Path directory, List<KeysetInfo> keysets) {
  public KeyInfo {
    Objects.requireNonNull(directory, "directory");
    keysets = List.copyOf(keysets);
  }

  /** Human-readable multi-line rendering, one line per key. */
  public String render() {
    StringBuilder text = new StringBuilder("Keys directory: ").append(directory).append('\n');
    for (KeysetInfo keyset : keysets) {
      text.append(keyset.purpose()).append(" (").append(keyset.fileName()).append(")\n");
      for (KeyEntryInfo key : keyset.keys()) {
        text.append(key.primary() ? "  * " : "    ")
            .append(key.id())
            .append("  ")
            .append(key.status())
            .append(key.primary() ? "  primary  " : "  ")
            .append(key.parameters())
            .append('\n');
      }
    }
    return text.toString();
  }
}
