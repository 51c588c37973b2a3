/**
 * Implementation of the audit log: canonical encoding and MAC ({@code ChainMac}), the SQL of the
 * two tables ({@code AuditTable}), group commit ({@code GroupCommit}), the anchor file ({@code
 * AnchorFile}) and the streaming verifier ({@code ChainVerifier}). Not an API: use {@link
 * org.guwah.store.audit.AuditLog}.
 */
@NullMarked
package org.guwah.store.audit.internal;

import org.jspecify.annotations.NullMarked;
