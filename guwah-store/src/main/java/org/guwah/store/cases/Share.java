package org.guwah.store.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A record explicitly shared with a partner ({@link CaseStore#share}). Sharing alone shows nothing:
 * a {@link Reading#partner} read also needs the record to be usable for PARTNER_SHARING at the time
 * of the read. Coded data only.
 *
 * @param kind the record kind ({@code person}, {@code source}, {@code incident}, {@code detention},
 *     {@code relationship})
 * @param grantedBy the account that shared it, or null when shared outside an account (command line)
 */
public record Share(String kind, UUID recordId, UUID partner, @Nullable UUID grantedBy, Instant grantedAt) {
  public Share {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(grantedAt, "grantedAt");
  }
}
