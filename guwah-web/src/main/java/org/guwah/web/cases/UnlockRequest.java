package org.guwah.web.cases;

import java.util.UUID;

/**
 * An analyst's request to read one record's identity data.
 *
 * @param kind person, source, incident, detention or relationship
 * @param id the record
 * @param purpose the stated purpose, a {@code consent_purpose} code the record's consent must allow
 */
public record UnlockRequest(String kind, UUID id, String purpose) {}
