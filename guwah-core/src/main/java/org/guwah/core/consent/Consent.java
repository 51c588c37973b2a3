package org.guwah.core.consent;

import java.util.Map;
import java.util.TreeMap;
import org.guwah.core.validation.Problems;
import org.guwah.core.vocab.Vocabularies;

/**
 * Per-purpose consent (purposes from the {@code consent_purpose} vocabulary: internal analysis,
 * aggregate statistics, public profile, UN submission, partner sharing). A purpose with no entry was
 * never asked and is <em>not</em> permitted: the default is no.
 */
public record Consent(Map<String, ConsentEntry> purposes) {
  private static final Consent NONE = new Consent(Map.of());

  public Consent {
    Problems p = new Problems();
    for (var e : purposes.entrySet()) {
      if (e.getKey() == null || !Vocabularies.standard().vocabulary("consent_purpose").contains(e.getKey())) {
        p.add(String.valueOf(e.getKey()), "is not a known consent_purpose code");
      } else if (e.getValue() == null) {
        p.add(e.getKey(), "is required");
      }
    }
    p.throwIfAny();
    purposes = Map.copyOf(new TreeMap<>(purposes));
  }

  /** No consent for anything (a protected third party, or not yet asked). */
  public static Consent none() {
    return NONE;
  }

  /** Whether the purpose (a {@code consent_purpose} code) is permitted now. */
  public boolean permits(String purpose) {
    ConsentEntry e = purposes.get(purpose);
    return e != null && e.status().permits();
  }

  /** Whether any purpose is granted. */
  public boolean grantsAnything() {
    return purposes.values().stream().anyMatch(e -> e.status().permits());
  }

  /** A copy with {@code purpose} set to {@code entry}. */
  public Consent with(String purpose, ConsentEntry entry) {
    var m = new TreeMap<>(purposes);
    m.put(purpose, entry);
    return new Consent(m);
  }
}
