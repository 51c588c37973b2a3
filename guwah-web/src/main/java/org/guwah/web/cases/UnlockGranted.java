package org.guwah.web.cases;

import java.time.Instant;
import java.util.UUID;

/** A granted unlock: the record reads in full for this session until {@code expiresAt}. */
public record UnlockGranted(String kind, UUID id, String purpose, Instant expiresAt) {}
