package org.guwah.web.cases;

import java.util.Set;
import java.util.UUID;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.store.cases.Reading;

/**
 * What a signed-in account may read of the case records (ADR 0008): documenters their own records
 * in full and, coded, what consent allows for internal analysis; analysts and publishers coded data
 * usable for internal analysis (analysts also the records they unlocked, in full); partners what was shared with them and consented to partner
 * sharing. An account with several roles reads the union. Administrators read no case records.
 */
final class Readers {
  private Readers() {}

  /**
   * The reading of {@code session}.
   *
   * @throws IllegalStateException if the session has no role that reads cases (the route's access
   *     rule should have refused it)
   */
  static Reading of(Session session) {
    return of(session, Set.of());
  }

  /** As {@link #of(Session)}, with the records an analyst unlocked shown in full. */
  static Reading of(Session session, Set<UUID> unlocked) {
    Reading r = null;
    if (session.roles().contains(Role.DOCUMENTER)) {
      r = union(r, Reading.documenter(session.accountId()));
    }
    if (session.roles().contains(Role.ANALYST)) {
      r = union(r, unlocked.isEmpty() ? Reading.analyst() : Reading.analystWithUnlocks(unlocked));
    } else if (session.roles().contains(Role.PUBLISHER)) {
      r = union(r, Reading.analyst());
    }
    if (session.roles().contains(Role.PARTNER)) {
      r = union(r, Reading.partner(session.accountId()));
    }
    if (r == null) {
      throw new IllegalStateException("no case-reading role");
    }
    return r;
  }

  private static Reading union(Reading a, Reading b) {
    return a == null ? b : Reading.of(a.visible().or(b.visible()), a.full().or(b.full()));
  }
}
