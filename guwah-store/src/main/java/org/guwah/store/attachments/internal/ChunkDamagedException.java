package org.guwah.store.attachments.internal;

/** A stored chunk is missing or does not open. Names the chunk index, never content. */
public final class ChunkDamagedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int index;

  ChunkDamagedException(int index, String problem, Throwable cause) {
    super("chunk " + index + " " + problem, cause);
    this.index = index;
  }

  public int index() {
    return index;
  }
}
