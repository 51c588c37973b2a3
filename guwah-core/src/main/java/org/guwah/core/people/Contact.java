package org.guwah.core.people;

import org.guwah.core.validation.Problems;

/**
 * A way to reach someone: {@code kind} is a {@code contact_kind} code (PHONE, WECHAT, WHATSAPP...),
 * {@code value} the number or handle. Identity data: stored only encrypted.
 */
public record Contact(String kind, String value) {
  public Contact {
    Problems p = new Problems();
    p.requireCode("kind", kind, "contact_kind");
    p.requireText("value", value, 200);
    p.throwIfAny();
  }

  @Override
  public String toString() {
    return "Contact[kind=" + kind + ", <redacted>]";
  }
}
