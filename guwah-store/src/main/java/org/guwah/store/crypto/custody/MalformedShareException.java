package org.guwah.store.crypto.custody;

/**
 * Thrown by {@link Share#parse(String)} when a text is not a valid share: wrong prefix or
 * version, a character outside the alphabet, wrong length, impossible metadata, or a checksum
 * that does not match (a mistyped or damaged share). The message names the problem and, where
 * useful, a character position; it never contains the share text.
 */
public final class MalformedShareException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  MalformedShareException(String message) {
    super(message);
  }
}
