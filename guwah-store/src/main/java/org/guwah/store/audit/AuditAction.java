package org.guwah.store.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * What an audited act did: a closed set, stored as its {@link #code()} (lower case, never
 * renamed: the code is part of every entry's MAC).
 */
public enum AuditAction {
  /** A record was created. */
  CREATE,
  /** A record was changed. */
  UPDATE,
  /** A record was deleted. */
  DELETE,
  /** Identity data of records was decrypted to be read. */
  READ_IDENTITY,
  /** Identity data was unlocked for a session or a task (e.g. after a second factor). */
  UNLOCK_IDENTITY,
  /** A look-up by identity value (blind-index token); the value itself is never audited. */
  LOOKUP,
  /** Records left the system (file, API bulk read). */
  EXPORT,
  /** Records were imported from a file. */
  IMPORT,
  /** A person signed in. */
  LOGIN,
  /** A sign-in attempt failed. */
  LOGIN_FAILED,
  /** A person signed out or a session ended. */
  LOGOUT,
  /** A second factor or credential was enrolled. */
  ENROL,
  /** An account was created. */
  ACCOUNT_CREATE,
  /** An account was changed (roles, status). */
  ACCOUNT_UPDATE,
  /** A consent decision was recorded or withdrawn. */
  CONSENT_CHANGE,
  /** A field-encryption key was rotated. */
  KEY_ROTATE,
  /** A key was split into custodian shares. */
  KEY_SPLIT,
  /** A key was recovered from custodian shares. */
  KEY_RECOVER,
  /** A backup was written. */
  BACKUP_CREATE,
  /** A backup was restored. */
  BACKUP_RESTORE,
  /** Something was published (statistics, a case profile). */
  PUBLISH,
  /** Record linkage compared a list's rows with the recorded people and proposed matches. */
  LINK_RUN,
  /** A reviewer confirmed, rejected or left unsure a proposed match of a list row and a person. */
  LINK_REVIEW;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** The stored code, e.g. {@code read_identity}. */
  public String code() {
    return code;
  }

  /** The action with this code, if any. */
  public static Optional<AuditAction> fromCode(String code) {
    for (AuditAction action : values()) {
      if (action.code.equals(code)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code;
  }
}
