package org.guwah.store.backup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Rows of {@code COPY ... (FORMAT binary)} output: an 11-byte signature, flags and a header
 * extension, then per row a 16-bit field count followed by each field as a 32-bit length ({@code
 * -1} for null) and its bytes, and finally the count {@code -1}. A row's bytes are its field count
 * and fields. Rejects OIDs in the stream and any byte after the end marker.
 */
final class BinaryCopyRows implements CopyRows {
  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
  private static final int OIDS_FLAG = 1 << 16;

  private enum State {
    SIGNATURE(11),
    FLAGS(4),
    EXTENSION_LENGTH(4),
    EXTENSION(0),
    FIELD_COUNT(2),
    FIELD_LENGTH(4),
    FIELD_DATA(0),
    END(0);

    final int size;

    State(int size) {
      this.size = size;
    }
  }

  private final RowSink sink;
  private final byte[] pending = new byte[SIGNATURE.length];
  private State state = State.SIGNATURE;
  private int pendingLength;
  private long remaining;
  private int fieldsLeft;

  BinaryCopyRows(RowSink sink) {
    this.sink = sink;
  }

  @Override
  public void update(byte[] bytes, int offset, int length) throws CopyDataException {
    int at = offset;
    int end = offset + length;
    while (at < end) {
      switch (state) {
        case EXTENSION, FIELD_DATA -> {
          int take = (int) Math.min(remaining, end - at);
          if (state == State.FIELD_DATA) {
            sink.rowBytes(bytes, at, take);
          }
          at += take;
          remaining -= take;
          if (remaining == 0) {
            if (state == State.EXTENSION) {
              state = State.FIELD_COUNT;
            } else {
              fieldDone();
            }
          }
        }
        case END -> throw new CopyDataException("binary COPY data continues after its end marker");
        default -> {
          int take = Math.min(state.size - pendingLength, end - at);
          System.arraycopy(bytes, at, pending, pendingLength, take);
          pendingLength += take;
          at += take;
          if (pendingLength == state.size) {
            pendingLength = 0;
            fixedItemComplete();
          }
        }
      }
    }
  }

  private void fixedItemComplete() throws CopyDataException {
    ByteBuffer item = ByteBuffer.wrap(pending, 0, state.size);
    switch (state) {
      case SIGNATURE -> {
        if (!Arrays.equals(pending, SIGNATURE)) {
          throw new CopyDataException("binary COPY data lacks its signature");
        }
        state = State.FLAGS;
      }
      case FLAGS -> {
        if ((item.getInt() & OIDS_FLAG) != 0) {
          throw new CopyDataException("binary COPY data carries OIDs");
        }
        state = State.EXTENSION_LENGTH;
      }
      case EXTENSION_LENGTH -> {
        remaining = item.getInt();
        if (remaining < 0) {
          throw new CopyDataException("binary COPY header extension has a negative length");
        }
        state = remaining == 0 ? State.FIELD_COUNT : State.EXTENSION;
      }
      case FIELD_COUNT -> {
        short count = item.getShort();
        if (count == -1) {
          state = State.END;
        } else if (count < 0) {
          throw new CopyDataException("binary COPY row has a negative field count");
        } else {
          sink.rowBytes(pending, 0, 2);
          fieldsLeft = count;
          if (count == 0) {
            rowDone();
          } else {
            state = State.FIELD_LENGTH;
          }
        }
      }
      case FIELD_LENGTH -> {
        int fieldLength = item.getInt();
        sink.rowBytes(pending, 0, 4);
        if (fieldLength < -1) {
          throw new CopyDataException("binary COPY field has a negative length");
        }
        if (fieldLength <= 0) {
          fieldDone();
        } else {
          remaining = fieldLength;
          state = State.FIELD_DATA;
        }
      }
      default -> throw new IllegalStateException("no fixed-size item in state " + state);
    }
  }

  private void fieldDone() {
    fieldsLeft--;
    if (fieldsLeft == 0) {
      rowDone();
    } else {
      state = State.FIELD_LENGTH;
    }
  }

  private void rowDone() {
    sink.rowEnd();
    state = State.FIELD_COUNT;
  }

  @Override
  public void finish() throws CopyDataException {
    if (state != State.END) {
      throw new CopyDataException("binary COPY data ends before its end marker");
    }
  }
}
