package org.guwah.forms.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.guwah.forms.xlsx.UnreadableWorkbookException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The entries of a zip archive held in memory, read from its central directory. Entries are
 * inflated on demand through {@link #open}, counting inflated bytes against the limits: per entry,
 * for the whole container, and the compression ratio. Immutable apart from the shared byte counter;
 * thread-safe.
 */
final class ZipContainer {
  private static final int EOCD_SIG = 0x06054b50;
  private static final int CEN_SIG = 0x02014b50;
  private static final int LOC_SIG = 0x04034b50;
  private static final int EOCD_MIN = 22;

  /** One entry as the central directory declares it. */
  record Entry(String name, int method, int flags, long crc, long compressedSize, long size, int dataOffset) {}

  private final byte[] bytes;
  private final Map<String, Entry> entries;
  private final XlsxLimits limits;
  private final AtomicLong inflatedTotal = new AtomicLong();

  private ZipContainer(byte[] bytes, Map<String, Entry> entries, XlsxLimits limits) {
    this.bytes = bytes;
    this.entries = entries;
    this.limits = limits;
  }

  /** Reads the central directory; the bytes must start with a zip signature. */
  static ZipContainer read(byte[] bytes, XlsxLimits limits) {
    int eocd = findEndOfCentralDirectory(bytes);
    if (eocd < 0) {
      throw corrupt("the zip archive has no central directory (file cut short?)");
    }
    int disk = u16(bytes, eocd + 4);
    int cdDisk = u16(bytes, eocd + 6);
    int countHere = u16(bytes, eocd + 8);
    int count = u16(bytes, eocd + 10);
    long cdSize = u32(bytes, eocd + 12);
    long cdOffset = u32(bytes, eocd + 16);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
      throw new UnreadableWorkbookException(Reason.UNSUPPORTED_ZIP, "ZIP64 archives are not supported (file too large)");
    }
    if (disk != 0 || cdDisk != 0 || countHere != count) {
      throw new UnreadableWorkbookException(Reason.UNSUPPORTED_ZIP, "split (multi-volume) zip archives are not supported");
    }
    if (count > limits.maxEntries()) {
      throw new UnreadableWorkbookException(Reason.TOO_MANY_ENTRIES,
          "the archive has " + count + " entries, more than the limit of " + limits.maxEntries());
    }
    if (cdOffset + cdSize > eocd) {
      throw corrupt("the zip central directory lies outside the file");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    int p = (int) cdOffset;
    for (int i = 0; i < count; i++) {
      if (p + 46 > eocd || i32(bytes, p) != CEN_SIG) {
        throw corrupt("the zip central directory is damaged");
      }
      int flags = u16(bytes, p + 8);
      int method = u16(bytes, p + 10);
      long crc = u32(bytes, p + 16);
      long csize = u32(bytes, p + 20);
      long usize = u32(bytes, p + 24);
      int nameLen = u16(bytes, p + 28);
      int extraLen = u16(bytes, p + 30);
      int commentLen = u16(bytes, p + 32);
      long localOffset = u32(bytes, p + 42);
      if (p + 46 + nameLen > eocd) {
        throw corrupt("the zip central directory is damaged");
      }
      String name = new String(bytes, p + 46, nameLen,
          (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
      if ((flags & 0x1) != 0 || (flags & 0x40) != 0 || method == 99) {
        throw new UnreadableWorkbookException(Reason.ENCRYPTED,
            "the archive's entries are encrypted (password-protected); remove the password and save again");
      }
      if (csize == 0xFFFFFFFFL || usize == 0xFFFFFFFFL || localOffset == 0xFFFFFFFFL) {
        throw new UnreadableWorkbookException(Reason.UNSUPPORTED_ZIP, "ZIP64 archives are not supported (file too large)");
      }
      int dataOffset = localData(bytes, localOffset, csize, eocd);
      String key = normalize(name);
      if (entries.put(key, new Entry(key, method, flags, crc, csize, usize, dataOffset)) != null) {
        throw corrupt("the archive names one entry twice");
      }
      p += 46 + nameLen + extraLen + commentLen;
    }
    return new ZipContainer(bytes, Collections.unmodifiableMap(entries), limits);
  }

  private static int localData(byte[] bytes, long localOffset, long csize, int limit) {
    if (localOffset + 30 > limit || i32(bytes, (int) localOffset) != LOC_SIG) {
      throw corrupt("a zip entry header is damaged");
    }
    int lo = (int) localOffset;
    long data = lo + 30L + u16(bytes, lo + 26) + u16(bytes, lo + 28);
    if (data + csize > limit) {
      throw corrupt("a zip entry runs past the end of its data");
    }
    return (int) data;
  }

  private static int findEndOfCentralDirectory(byte[] b) {
    int stop = Math.max(0, b.length - EOCD_MIN - 0xFFFF);
    for (int i = b.length - EOCD_MIN; i >= stop; i--) {
      if (i32(b, i) == EOCD_SIG && i + EOCD_MIN + u16(b, i + 20) <= b.length) {
        return i;
      }
    }
    return -1;
  }

  /** Part names are case-insensitive and written without a leading slash. */
  static String normalize(String name) {
    String n = name.startsWith("/") ? name.substring(1) : name;
    return n.replace('\\', '/').toLowerCase(Locale.ROOT);
  }

  boolean contains(String name) {
    return entries.containsKey(normalize(name));
  }

  Map<String, Entry> entries() {
    return entries;
  }

  /** An input stream of the entry's inflated bytes, or {@code null} if there is no such entry. */
  @Nullable InputStream open(String name) {
    Entry e = entries.get(normalize(name));
    return e == null ? null : new EntryStream(e);
  }

  static UnreadableWorkbookException corrupt(String message) {
    return new UnreadableWorkbookException(Reason.CORRUPT, message);
  }

  /** Inflates one entry, counting. Not thread-safe; one reader at a time. */
  private final class EntryStream extends InputStream {
    private final Entry entry;
    private final @Nullable Inflater inflater;
    private final CRC32 crc = new CRC32();
    private long produced;
    private int storedPos;
    private boolean done;

    EntryStream(Entry entry) {
      this.entry = entry;
      if (entry.method() == 8) {
        inflater = new Inflater(true);
        inflater.setInput(bytes, entry.dataOffset(), (int) entry.compressedSize());
      } else if (entry.method() == 0) {
        inflater = null;
        if (entry.compressedSize() != entry.size()) {
          throw corrupt(entry.name() + ": a stored entry's sizes disagree");
        }
      } else {
        throw new UnreadableWorkbookException(Reason.UNSUPPORTED_ZIP, entry.name(),
            "uses zip compression method " + entry.method() + " (only deflate and stored are supported)");
      }
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int n;
      if (inflater == null) {
        int left = (int) entry.compressedSize() - storedPos;
        n = Math.min(left, len);
        System.arraycopy(bytes, entry.dataOffset() + storedPos, buf, off, n);
        storedPos += n;
        if (storedPos == entry.compressedSize()) {
          done = true;
        }
      } else {
        try {
          n = inflater.inflate(buf, off, len);
        } catch (DataFormatException e) {
          throw corrupt(entry.name() + ": the compressed data is damaged");
        }
        if (n == 0 && !inflater.finished()) {
          throw corrupt(entry.name() + ": the compressed data ends too early");
        }
      }
      if (n > 0) {
        count(n);
        crc.update(buf, off, n);
      }
      if (inflater != null && inflater.finished()) {
        done = true;
      }
      if (done) {
        finish();
        return n > 0 ? n : -1;
      }
      return n;
    }

    private void count(int n) {
      produced += n;
      if (produced > limits.maxEntryBytes()) {
        throw new UnreadableWorkbookException(Reason.ZIP_BOMB, entry.name(),
            "inflates to more than " + limits.maxEntryBytes() + " bytes (zip bomb?)");
      }
      if (inflatedTotal.addAndGet(n) > limits.maxTotalBytes()) {
        throw new UnreadableWorkbookException(Reason.ZIP_BOMB,
            "the workbook inflates to more than " + limits.maxTotalBytes() + " bytes in all (zip bomb?)");
      }
      if (produced > XlsxLimits.RATIO_GRACE_BYTES
          && produced > Math.max(1, entry.compressedSize()) * (long) limits.maxCompressionRatio()) {
        throw new UnreadableWorkbookException(Reason.ZIP_BOMB, entry.name(),
            "is compressed more than " + limits.maxCompressionRatio() + " to 1 (zip bomb?)");
      }
    }

    private void finish() {
      if (produced != entry.size() || crc.getValue() != entry.crc()) {
        throw corrupt(entry.name() + ": the entry's checksum or size does not match (file damaged)");
      }
      end();
    }

    private void end() {
      if (inflater != null) {
        inflater.end();
      }
    }

    @Override
    public void close() {
      done = true;
      end();
    }
  }

  static int u16(byte[] b, int i) {
    if (i < 0 || i + 2 > b.length) {
      return -1;
    }
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
  }

  static long u32(byte[] b, int i) {
    if (i < 0 || i + 4 > b.length) {
      return -1;
    }
    return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
  }

  static int i32(byte[] b, int i) {
    return (int) u32(b, i);
  }
}
