package org.guwah.store.cases.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The generation of the case data as this process knows it: a counter raised whenever the case
 * tables may have changed (a write by this process, before and after it commits; a change notice
 * from the database, whoever wrote), and whether anything may be remembered across requests at all
 * (only while at least one listener receives the database's change notices, so that writes by other
 * processes are noticed too). Each raise drops every registered {@link PageMemory}. Thread-safe.
 */
public final class DataGeneration {
  /** The ticket of a read that must not be remembered. */
  public static final long NONE = -1;

  private final AtomicLong value = new AtomicLong();
  private final AtomicInteger listeners = new AtomicInteger();
  private final List<PageMemory<?>> memories = new CopyOnWriteArrayList<>();

  /**
   * The generation a read starting now belongs to, or {@link #NONE} when no listener receives
   * change notices (nothing may be remembered then). Take it before the read.
   */
  public long ticket() {
    return listeners.get() > 0 ? value.get() : NONE;
  }

  /** Whether a read that took {@code ticket} may still be remembered (nothing changed since). */
  public boolean current(long ticket) {
    return ticket != NONE && listeners.get() > 0 && value.get() == ticket;
  }

  /** The case data may have changed: every read before now is outdated; drops every memory. */
  public void changed() {
    value.incrementAndGet();
    memories.forEach(PageMemory::clear);
  }

  /** A listener now receives change notices (counted; call {@link #stoppedListening()} once after). */
  public void listening() {
    changed();
    listeners.incrementAndGet();
  }

  /** A listener stopped receiving change notices (it may have missed some). */
  public void stoppedListening() {
    listeners.decrementAndGet();
    changed();
  }

  /** Whether change notices are received now. */
  public boolean isListening() {
    return listeners.get() > 0;
  }

  void register(PageMemory<?> memory) {
    memories.add(memory);
  }

  @Override
  public String toString() {
    return "DataGeneration[" + value.get() + (isListening() ? ", listening" : "") + "]";
  }
}
