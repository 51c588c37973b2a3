package org.guwah.store.audit;

/**
 * An audit entry was refused because a value is not a code, count or record id. The message
 * names the field and the rule, never the refused value (which may be an identity value).
 */
public final class InvalidAuditEntryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidAuditEntryException(String message) {
    super(message);
  }
}
