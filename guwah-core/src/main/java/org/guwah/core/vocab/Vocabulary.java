package org.guwah.core.vocab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A named, ordered set of {@link Term}s. Immutable and thread-safe. */
public final class Vocabulary {
  private final String name;
  private final Map<String, Term> terms;

  private Vocabulary(String name, Map<String, Term> terms) {
    this.name = name;
    this.terms = terms;
  }

  /** Builds a vocabulary; codes must be unique. */
  public static Vocabulary of(String name, List<Term> terms) {
    Map<String, Term> byCode = new LinkedHashMap<>();
    for (Term t : terms) {
      if (byCode.put(t.code(), t) != null) {
        throw new IllegalArgumentException("vocabulary " + name + ": duplicate code " + t.code());
      }
    }
    if (byCode.isEmpty()) {
      throw new IllegalArgumentException("vocabulary " + name + " is empty");
    }
    return new Vocabulary(name, Collections.unmodifiableMap(byCode));
  }

  public String name() {
    return name;
  }

  public boolean contains(String code) {
    return terms.containsKey(code);
  }

  public Optional<Term> term(String code) {
    return Optional.ofNullable(terms.get(code));
  }

  /** All codes in file order. */
  public Set<String> codes() {
    return terms.keySet();
  }

  public List<Term> terms() {
    return List.copyOf(new ArrayList<>(terms.values()));
  }

  @Override
  public String toString() {
    return "Vocabulary[" + name + ", " + terms.size() + " terms]";
  }
}
