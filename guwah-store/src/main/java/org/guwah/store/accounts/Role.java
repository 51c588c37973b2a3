package org.guwah.store.accounts;

import java.util.Locale;
import java.util.Objects;

/**
 * What an account may do. Each role grants the least privilege its duties need; an account may
 * hold several. The {@link #code()} is what the database and the API store and show.
 */
public enum Role {
  /** Manages accounts, invitations and keys; does not read testimonies by default. */
  ADMINISTRATOR(
      "administrator",
      "Manages accounts, invitations and keys; does not read testimonies by default."),
  /** Records intake and sees the identity data of the cases they created. */
  DOCUMENTER(
      "documenter",
      "Creates and edits their own intake; sees identity data only of their own cases."),
  /** Works on the coded data of every case; identity only through an audited unlock. */
  ANALYST(
      "analyst",
      "Reads coded data of all cases; identity only through an audited, purpose-stated unlock."),
  /** Reviews and approves what is published. */
  PUBLISHER(
      "publisher",
      "Reviews and approves what goes public (statistics, case profiles, submissions)."),
  /** An outside organisation's reader of the cases explicitly shared with it. */
  PARTNER("partner", "Reads, without changing, only the cases explicitly shared with them.");

  private final String code;
  private final String duties;

  Role(String code, String duties) {
    this.code = code;
    this.duties = duties;
  }

  /** The lowercase code, e.g. {@code "analyst"}. */
  public String code() {
    return code;
  }

  /** One English line describing the role's least-privilege duties. */
  public String duties() {
    return duties;
  }

  /**
   * The role with this code (case-insensitive).
   *
   * @throws IllegalArgumentException if no role has this code (the message lists the codes, not
   *     the input)
   */
  public static Role fromCode(String code) {
    Objects.requireNonNull(code, "code");
    String wanted = code.toLowerCase(Locale.ROOT);
    for (Role role : values()) {
      if (role.code.equals(wanted)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role; expected one of administrator, documenter, analyst, publisher, partner");
  }
}
