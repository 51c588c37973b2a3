/**
 * Test harness shared with other modules through the store's test-jar: {@link
 * org.guwah.store.testing.TestDatabases} hands each test class a fresh, empty PostgreSQL database
 * on the server chosen by {@code -Dguwah.test.db}.
 */
@NullMarked
package org.guwah.store.testing;

import org.jspecify.annotations.NullMarked;
