package org.guwah.store.attachments;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.guwah.core.ids.Ids;
import org.guwah.store.crypto.KeyRing;
import org.jdbi.v3.core.Jdbi;

/**
 * Run in a child JVM with a small heap by {@link AttachmentStoreIT}: stores a generated text of
 * {@code args[5]} bytes as an attachment of person {@code args[4]}, reads it back, and prints
 * {@code OK <sha256 of what was sent> <sha256 recorded> <sha256 of what was read> <max heap used>}.
 * Arguments: JDBC URL, user or "-", password or "-", keys directory, person id, size.
 */
public final class AttachmentHeapChild {
  private AttachmentHeapChild() {}

  public static void main(String[] args) throws Exception {
    String user = args[1].equals("-") ? null : args[1];
    String password = args[2].equals("-") ? null : args[2];
    java.util.Properties properties = new java.util.Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    Jdbi jdbi = Jdbi.create(args[0], properties);
    AttachmentStore store = AttachmentStore.create(jdbi, KeyRing.open(Path.of(args[3])), Clock.systemUTC(),
        Ids.system());
    long size = Long.parseLong(args[5]);
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    InputStream text = new InputStream() {
      private long served;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (served == size) {
          return -1;
        }
        int n = (int) Math.min(len, size - served);
        for (int i = 0; i < n; i++) {
          long at = served + i;
          b[off + i] = at % 64 == 63 ? (byte) '\n' : (byte) ('a' + (at * 7 + at / 64) % 26);
        }
        sent.update(b, off, n);
        served += n;
        return n;
      }
    };
    Attachment stored = store.store(AttachmentUpload.of("person", UUID.fromString(args[4]), "big.txt"), text);
    MessageDigest read = MessageDigest.getInstance("SHA-256");
    store.open(stored.id(), new OutputStream() {
      @Override
      public void write(int b) {
        read.update((byte) b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        read.update(b, off, len);
      }
    });
    HexFormat hex = HexFormat.of();
    System.out.println("OK " + hex.formatHex(sent.digest()) + " " + stored.storedSha256() + " "
        + hex.formatHex(read.digest()) + " " + stored.size());
    System.out.flush();
  }
}
