/**
 * Field encryption and blind indexes for identity data.
 *
 * <p>Identity fields (names, contacts, ID numbers, exact places, testimony text) are stored only
 * as ciphertext produced by {@link org.guwah.store.crypto.FieldCipher}; equality lookups use
 * keyed tokens from {@link org.guwah.store.crypto.BlindIndex}. Both come from a
 * {@link org.guwah.store.crypto.KeyRing}, whose keysets live in a keys directory outside the
 * database. {@link org.guwah.store.crypto.KeyRing#split} puts both keysets into custody (a custody
 * file encrypted under a key cut into Shamir shares, {@code org.guwah.store.crypto.custody}), after
 * which the directory can be sealed and opened only with enough shares.
 *
 * <p>This package is the only place that may use Tink or Bouncy Castle (enforced by
 * {@code CryptoConfinementTest}). No exception message or {@code toString()} in this package
 * contains plaintext, associated data, tokens or key material.
 */
@NullMarked
package org.guwah.store.crypto;

import org.jspecify.annotations.NullMarked;
