/**
 * Shamir secret sharing over GF(256), for key custody: a secret (the custody key that wraps the
 * keysets of a {@link org.guwah.store.crypto.KeyRing}) is cut into {@code n} shares of which any
 * {@code k} rebuild it and fewer reveal nothing about it.
 *
 * <p>{@link org.guwah.store.crypto.custody.Shamir} splits and combines; a {@link
 * org.guwah.store.crypto.custody.Share} carries its split id, share count, threshold, index, a
 * fingerprint of the secret and a checksum, and has a human-copyable text form ({@code
 * guwah-share-v1-...}). Pure JDK code (no Tink needed), constant-time field arithmetic.
 *
 * <p>No exception message or {@code toString()} in this package contains a share value, a share
 * text or a secret; split ids, indexes and counts are not secret and are named.
 */
@NullMarked
package org.guwah.store.crypto.custody;

import org.jspecify.annotations.NullMarked;
