/**
 * Backups: encrypted, integrity-checked archives of the whole application database, verified
 * without a database and restored into an empty one. Entry point: {@link
 * org.guwah.store.backup.Backups}.
 *
 * <p>Archive content is encrypted through {@link org.guwah.store.crypto.ArchiveCipher}; no class
 * here touches key material. Nothing in this package logs, and no exception message or {@code
 * toString()} contains a row value.
 */
@NullMarked
package org.guwah.store.backup;

import org.jspecify.annotations.NullMarked;
