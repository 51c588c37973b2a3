package org.guwah.store.db;

/** How hard an {@link EmbeddedPostgresServer} works to keep committed data through a crash. */
public enum Durability {
  /**
   * For real data (the default): the server runs with {@code fsync}, {@code full_page_writes} and
   * {@code synchronous_commit} on.
   */
  DURABLE,

  /**
   * For throw-away servers, such as the one tests share: {@code fsync}, {@code full_page_writes}
   * and {@code synchronous_commit} off, so an operating-system crash can corrupt the cluster.
   * Never use it for data anyone needs.
   */
  THROWAWAY
}
