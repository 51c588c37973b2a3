package org.guwah.search;

/**
 * Turns an analysed term into a keyed token: a deterministic keyed pseudo-random function (for
 * example HMAC-SHA256 or Tink's PRF), so that equal terms give equal tokens under one key and
 * nobody without the key can compute or invert a token.
 *
 * <p>The index never passes the bare term: the input is a domain label naming the index format
 * and field, a NUL character, then the term, so tokens of this index can never equal blind-index
 * tokens computed elsewhere from the same word even under the same key. Still, use a key of its
 * own for search.
 *
 * <p>Contract: {@link #seal} is deterministic for a given key, returns at least 16 bytes (the
 * index keeps the first 16), and is safe to call from many threads at once. It must not log or
 * keep its input. {@link #keyId()} names the key (not secret, e.g. a Tink key id); it changes when
 * the key changes and is recorded beside the index, so that an index sealed under another key is
 * refused ({@link ReindexRequiredException}) instead of silently finding nothing.
 *
 * <p>The production implementation lives in the store's crypto package; this module has none.
 */
public interface TermSealer {
  /** Identifies the key; equal ids must mean equal keys. Not secret, at most 128 characters. */
  String keyId();

  /**
   * The keyed token of {@code input}, at least 16 bytes.
   *
   * @throws RuntimeException only if the key is unusable; the message must not contain the input
   */
  byte[] seal(String input);
}
