package org.guwah.store.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.guwah.core.people.Contact;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.names.NameNormalizer;
import org.guwah.names.ids.ResidentId;
import org.guwah.names.ids.ResidentIdCheck;

/**
 * The normalised values of a person that equality look-ups need, each under a field name; the
 * store keeps only their keyed PRF tokens.
 *
 * <ul>
 *   <li>{@code name}: each whole name, normalised; {@code name_part}: each of its tokens
 *   <li>{@code id_number}: the normalised ID number (and the 18-digit form of a legacy 15-digit ID)
 *   <li>{@code contact}: kind and normalised value (phone numbers as digits with a leading +)
 * </ul>
 */
public final class PersonTokens {
  /** One token input. Holds identity data: never log it. */
  public record Input(String field, String value) {
    @Override
    public String toString() {
      return "Input[" + field + ", <redacted>]";
    }
  }

  private PersonTokens() {}

  public static List<Input> of(Person p) {
    Set<Input> out = new LinkedHashSet<>();
    for (PersonName n : p.names()) {
      out.addAll(name(n.value()));
    }
    if (p.idNumber() != null) {
      out.addAll(idNumber(p.idNumber()));
    }
    for (Contact c : p.contacts()) {
      out.add(contact(c.kind(), c.value()));
    }
    return new ArrayList<>(out);
  }

  /** Inputs for a name: the whole normalised name and each part. */
  public static List<Input> name(String name) {
    List<Input> out = new ArrayList<>();
    String normalized = NameNormalizer.normalize(name);
    if (!normalized.isEmpty()) {
      out.add(new Input("name", normalized));
    }
    for (String part : NameNormalizer.tokens(name)) {
      out.add(new Input("name_part", part));
    }
    return out;
  }

  public static List<Input> idNumber(String raw) {
    ResidentIdCheck check = ResidentId.check(raw);
    List<Input> out = new ArrayList<>();
    out.add(new Input("id_number", check.normalized()));
    check.upgrade().ifPresent(u -> out.add(new Input("id_number", u.normalized())));
    return out;
  }

  public static Input contact(String kind, String value) {
    String v = value.strip();
    if (kind.equals("PHONE")) {
      StringBuilder digits = new StringBuilder();
      for (char ch : v.toCharArray()) {
        if (Character.isDigit(ch)) {
          digits.append(Character.getNumericValue(ch));
        }
      }
      v = (v.startsWith("+") || v.startsWith("00") ? "+" : "") + (v.startsWith("00") ? digits.substring(2) : digits);
    } else {
      v = NameNormalizer.normalize(v).toLowerCase(Locale.ROOT);
    }
    return new Input("contact", kind + ":" + v);
  }
}
