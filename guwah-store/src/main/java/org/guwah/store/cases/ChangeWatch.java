package org.guwah.store.cases;

import java.sql.SQLException;
import java.time.Duration;
import org.guwah.store.cases.internal.DataGeneration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for the database's notices that case data changed (channel {@value #CHANNEL}, sent by the
 * triggers of migration V10 when a writing transaction commits, whichever process wrote) and drops
 * the case store's remembered list pages on each. While it listens, {@link RecordStore} may answer
 * a repeated list read from memory; when it stops or loses its connection (it reconnects every
 * second), memory is dropped and not used again until it listens anew. One daemon thread holding one
 * pooled connection. Notices carry no payload; nothing is logged but the class of a connection
 * failure. Thread-safe; close it to stop.
 */
public final class ChangeWatch implements AutoCloseable {
  /** The notice channel of migration V10. */
  public static final String CHANNEL = "guwah_case_data";

  private static final Logger LOG = LoggerFactory.getLogger(ChangeWatch.class);
  private static final int POLL_MILLIS = 250;
  private static final Duration RETRY = Duration.ofSeconds(1);

  private final Jdbi jdbi;
  private final DataGeneration generation;
  private final Thread thread;
  private volatile boolean closed;

  private ChangeWatch(Jdbi jdbi, DataGeneration generation) {
    this.jdbi = jdbi;
    this.generation = generation;
    this.thread = new Thread(this::run, "guwah-case-changes");
    this.thread.setDaemon(true);
  }

  static ChangeWatch start(Jdbi jdbi, DataGeneration generation) {
    ChangeWatch watch = new ChangeWatch(jdbi, generation);
    watch.thread.start();
    return watch;
  }

  private void run() {
    while (!closed) {
      boolean listening = false;
      try (Handle h = jdbi.open()) {
        h.execute("listen " + CHANNEL);
        PGConnection pg = h.getConnection().unwrap(PGConnection.class);
        generation.listening();
        listening = true;
        while (!closed) {
          PGNotification[] notices = pg.getNotifications(POLL_MILLIS);
          if (notices != null && notices.length > 0) {
            generation.changed();
          }
        }
        h.execute("unlisten " + CHANNEL);
      } catch (SQLException | RuntimeException e) {
        if (!closed) {
          LOG.warn("Case change notices interrupted ({}); list pages are not remembered until they resume",
              e.getClass().getSimpleName());
        }
      } finally {
        if (listening) {
          generation.stoppedListening();
        }
      }
      if (!closed) {
        try {
          Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Whether notices are being received now (list pages may be remembered). */
  public boolean listening() {
    return generation.isListening() && thread.isAlive();
  }

  /** Stops listening (within a fraction of a second) and drops remembered pages. */
  @Override
  public void close() {
    closed = true;
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "ChangeWatch[" + (listening() ? "listening" : "not listening") + "]";
  }
}
