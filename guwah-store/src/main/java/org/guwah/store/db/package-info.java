/**
 * Database infrastructure: the hardened {@link org.guwah.store.db.EmbeddedPostgresServer}, the
 * pooled {@link org.guwah.store.db.Database} (HikariCP, JDBI, Flyway) and its
 * {@link org.guwah.store.db.DatabaseOptions}.
 *
 * <p>Nothing in this package logs or puts into an exception message a password, a full JDBC URL
 * (its query may carry credentials) or a statement parameter; URLs appear only as
 * {@code host:port/database}.
 */
@NullMarked
package org.guwah.store.db;

import org.jspecify.annotations.NullMarked;
