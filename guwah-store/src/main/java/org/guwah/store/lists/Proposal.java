package org.guwah.store.lists;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored proposal and where it stands. Codes and numbers only.
 *
 * @param reused whether the status was taken from an earlier decision on the same row content and
 *     person rather than decided on this proposal
 */
public record Proposal(UUID id, UUID listId, UUID rowId, int rowNumber, UUID personId, double probability,
    double matchWeight, String outcome, String guard, String evidence, LinkStatus status, boolean reused,
    @Nullable UUID decidedBy, @Nullable Instant decidedAt) {}
