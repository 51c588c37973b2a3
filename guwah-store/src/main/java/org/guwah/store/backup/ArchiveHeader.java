package org.guwah.store.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The clear part at the start of an archive, everything a reader needs before decrypting:
 *
 * <pre>
 * "GUWAHBAK"                      8 bytes magic
 * format version                  u16 (1)
 * header length                   u32
 * header:
 *   archive id                    16 bytes (UUID)
 *   created                       i64 epoch milliseconds
 *   schema version                u16 length + UTF-8
 *   wrapped archive keyset        u32 length + bytes (field AEAD, associated data
 *                                 "guwah:backup:" + archive id)
 *   custody file present          u8 (0 or 1), then u32 length + bytes
 * </pre>
 *
 * All of these bytes together are the associated data of the encrypted stream that follows, so an
 * edit anywhere in the header makes decryption fail. The custody file is in the clear part on
 * purpose: it is what custodians need to rebuild lost keys, which must be possible without the
 * keys (it holds only wrapped keysets).
 */
final class ArchiveHeader {
  static final int FORMAT_VERSION = 1;
  private static final byte[] MAGIC = "GUWAHBAK".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_HEADER = 4 << 20;
  private static final int MAX_SCHEMA_VERSION = 200;
  private static final int MAX_WRAPPED_KEY = 64 << 10;
  static final int MAX_CUSTODY = 1 << 20;
  private static final String KEY_BINDING = "guwah:backup:";

  private final UUID archiveId;
  private final Instant created;
  private final String schemaVersion;
  private final byte[] wrappedKey;
  private final byte @Nullable [] custody;
  private final byte[] bytes;

  private ArchiveHeader(
      UUID archiveId, Instant created, String schemaVersion, byte[] wrappedKey, byte @Nullable [] custody) {
    this.archiveId = archiveId;
    this.created = created;
    this.schemaVersion = schemaVersion;
    this.wrappedKey = wrappedKey.clone();
    this.custody = custody == null ? null : custody.clone();
    this.bytes = encode();
  }

  /** A header for a new archive; {@code created} is truncated to milliseconds. */
  static ArchiveHeader of(
      UUID archiveId, Instant created, String schemaVersion, byte[] wrappedKey, byte @Nullable [] custody) {
    Objects.requireNonNull(archiveId, "archiveId");
    byte[] version = schemaVersion.getBytes(StandardCharsets.UTF_8);
    if (version.length == 0 || version.length > MAX_SCHEMA_VERSION) {
      throw new IllegalArgumentException("schema version must have 1 to " + MAX_SCHEMA_VERSION + " bytes");
    }
    if (wrappedKey.length == 0 || wrappedKey.length > MAX_WRAPPED_KEY) {
      throw new IllegalArgumentException("wrapped key has an implausible length");
    }
    if (custody != null && custody.length > MAX_CUSTODY) {
      throw new IllegalArgumentException("custody file is larger than " + MAX_CUSTODY + " bytes");
    }
    return new ArchiveHeader(
        archiveId, Instant.ofEpochMilli(created.toEpochMilli()), schemaVersion, wrappedKey, custody);
  }

  /** Associated data binding the wrapped archive keyset to this archive's id. */
  static byte[] keyBinding(UUID archiveId) {
    return (KEY_BINDING + archiveId).getBytes(StandardCharsets.UTF_8);
  }

  byte[] keyBinding() {
    return keyBinding(archiveId);
  }

  /**
   * Reads the header from the start of {@code in}, leaving {@code in} at the first ciphertext
   * byte.
   *
   * @throws BackupDamagedException if the bytes are not a well-formed header of a known format
   * @throws IOException if reading fails
   */
  static ArchiveHeader read(InputStream in, Path archive) throws IOException {
    DataInputStream data = new DataInputStream(in);
    try {
      byte[] magic = new byte[MAGIC.length];
      data.readFully(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw damaged(archive, "it does not start like a Guwah backup archive");
      }
      int format = data.readUnsignedShort();
      if (format != FORMAT_VERSION) {
        throw damaged(archive, "unknown archive format " + format + ", this Guwah reads format " + FORMAT_VERSION);
      }
      int length = data.readInt();
      if (length < 0 || length > MAX_HEADER) {
        throw damaged(archive, "implausible header length");
      }
      byte[] header = new byte[length];
      data.readFully(header);
      return parse(header, archive);
    } catch (EOFException e) {
      throw damaged(archive, "it ends inside its header");
    }
  }

  private static ArchiveHeader parse(byte[] header, Path archive) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(header));
    try {
      UUID id = new UUID(in.readLong(), in.readLong());
      Instant created = Instant.ofEpochMilli(in.readLong());
      String schemaVersion = new String(bounded(in, in.readUnsignedShort(), MAX_SCHEMA_VERSION, archive),
          StandardCharsets.UTF_8);
      byte[] wrappedKey = bounded(in, in.readInt(), MAX_WRAPPED_KEY, archive);
      int custodyFlag = in.readUnsignedByte();
      byte @Nullable [] custody = null;
      if (custodyFlag == 1) {
        custody = bounded(in, in.readInt(), MAX_CUSTODY, archive);
      } else if (custodyFlag != 0) {
        throw damaged(archive, "malformed header");
      }
      if (in.available() != 0 || schemaVersion.isEmpty() || wrappedKey.length == 0) {
        throw damaged(archive, "malformed header");
      }
      return new ArchiveHeader(id, created, schemaVersion, wrappedKey, custody);
    } catch (EOFException e) {
      throw damaged(archive, "malformed header");
    }
  }

  private static byte[] bounded(DataInputStream in, int length, int max, Path archive) throws IOException {
    if (length < 0 || length > max) {
      throw damaged(archive, "malformed header");
    }
    byte[] value = new byte[length];
    in.readFully(value);
    return value;
  }

  private static BackupDamagedException damaged(Path archive, String detail) {
    return new BackupDamagedException(archive, detail, null);
  }

  private byte[] encode() {
    try {
      ByteArrayOutputStream headerBytes = new ByteArrayOutputStream();
      DataOutputStream header = new DataOutputStream(headerBytes);
      header.writeLong(archiveId.getMostSignificantBits());
      header.writeLong(archiveId.getLeastSignificantBits());
      header.writeLong(created.toEpochMilli());
      byte[] version = schemaVersion.getBytes(StandardCharsets.UTF_8);
      header.writeShort(version.length);
      header.write(version);
      header.writeInt(wrappedKey.length);
      header.write(wrappedKey);
      byte @Nullable [] custodyBytes = custody;
      if (custodyBytes == null) {
        header.writeByte(0);
      } else {
        header.writeByte(1);
        header.writeInt(custodyBytes.length);
        header.write(custodyBytes);
      }
      header.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(all);
      out.write(MAGIC);
      out.writeShort(FORMAT_VERSION);
      out.writeInt(headerBytes.size());
      headerBytes.writeTo(out);
      out.flush();
      return all.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory streams do not fail
    }
  }

  /** The complete clear prefix of the archive: the encrypted stream's associated data. */
  byte[] bytes() {
    return bytes.clone();
  }

  UUID archiveId() {
    return archiveId;
  }

  Instant created() {
    return created;
  }

  String schemaVersion() {
    return schemaVersion;
  }

  byte[] wrappedKey() {
    return wrappedKey.clone();
  }

  byte @Nullable [] custody() {
    return custody == null ? null : custody.clone();
  }

  @Override
  public String toString() {
    return "ArchiveHeader[" + archiveId + ", " + created + ", schema " + schemaVersion + "]";
  }
}
