package org.guwah.names.ids;

/**
 * Sex as encoded in a resident ID (odd sequence digit = male, even = female). Constant names
 * match the sex codes used by {@code guwah-core} ({@code MALE}, {@code FEMALE}).
 */
public enum RegisteredSex {
  MALE,
  FEMALE
}
