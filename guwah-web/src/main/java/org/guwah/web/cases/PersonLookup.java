package org.guwah.web.cases;

import org.guwah.core.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A person look-up by exact value: a name (any script; matched after normalisation, whole name or
 * one part), an ID number, or a contact ({@code contactKind} code plus value). Identity data: sent
 * in a request body, never in a URL, and never logged.
 */
public record PersonLookup(@Nullable String name, @Nullable String idNumber, @Nullable String contactKind,
    @Nullable String contact, @Nullable Integer limit) {
  public PersonLookup {
    Problems p = new Problems();
    p.optionalText("name", name, 300);
    p.optionalText("idNumber", idNumber, 64);
    p.optionalCode("contactKind", contactKind, "contact_kind");
    p.optionalText("contact", contact, 200);
    if ((contactKind == null) != (contact == null)) {
      p.add(contact == null ? "contact" : "contactKind", "is required with " + (contact == null ? "contactKind" : "contact"));
    }
    if (name == null && idNumber == null && contact == null) {
      p.add("name", "give a name, an idNumber or a contact to look up");
    }
    if (limit != null && (limit < 1 || limit > 500)) {
      p.add("limit", "must be between 1 and 500");
    }
    p.throwIfAny();
  }

  @Override
  public String toString() {
    return "PersonLookup[<redacted>]";
  }
}
