package org.guwah.analysis.linkage.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guwah.names.keys.NameKey;
import org.guwah.names.keys.NameKeys;
import org.guwah.names.keys.NameToken;

/**
 * Candidate pairs: a union of blocking rules, each emitting keys per record; records sharing a key
 * are compared. A key is emitted by a record either as a <em>probe</em> or as a <em>target</em>;
 * only pairs with at least one probe are generated (a record without a birth year probes the
 * name block of all years, but records with years do not compare with each other there).
 *
 * <p>Rules (see {@link #RULES}):
 *
 * <ol>
 *   <li>{@code id}: the 17 digits of a full ID; an ID that fails its check also emits every
 *       one-digit or adjacent-swap variant that passes it (MOD 11-2 catches both errors);
 *   <li>{@code id15}: the first 15 digits (meets Excel-truncated IDs);
 *   <li>{@code county_date}: county code (place or ID) + full birth date;
 *   <li>{@code name_year}: each given+father consonant-skeleton pair (order-free, with the Chinese
 *       character variants) and the whole-name skeleton, + birth year, emitted for year y and y+1
 *       so that years one apart meet;
 *   <li>{@code name_no_year}: the same name keys without a year; probes are records without a year;
 *   <li>{@code one_part_year}: each part's skeleton + year (y, y+1); probes are one-part names
 *       (father's name missing), targets all others;
 *   <li>{@code token_date}: each name part's skeleton + full birth date (one part misspelt);
 *   <li>{@code token_year_county}: each part's skeleton + year + county;
 *   <li>{@code one_part}: each part's skeleton; probes are one-part names (with or without a
 *       year), targets all others;
 *   <li>{@code token_year}: each part's skeleton + year (y, y+1) + sex: one part misspelt.
 * </ol>
 *
 * <p>A Chinese rendering written without a separator also emits the keys of each way to split it.
 *
 * <p>A block with more than {@code blockLimit} records ({@value #FALLBACK_LIMIT} for the fallback
 * rules {@code name_no_year}, {@code one_part_year}, {@code one_part} and {@code token_year}, with
 * a window of {@value #FALLBACK_WINDOW}) is not compared all against all: its records
 * are sorted twice (by birth date, county, sex; and by county, sex, birth date) and each probe is
 * compared with its {@code window} neighbours on each side in both orders. Namesakes then meet
 * their own records, which agree on those fields, while 1,000 "Memet Tursun"s cost at most 40 pairs
 * each (two orders, ten neighbours on each side) instead of 999.
 *
 * <p>The pair set depends only on the records, never on their input order or the thread count.
 */
public final class Blocking {
  /** Rule names, indexed by rule number. */
  public static final List<String> RULES =
      List.of(
          "id", "id15", "county_date", "name_year", "name_no_year", "one_part_year", "token_date",
          "token_year_county", "one_part", "token_year");

  private static final int ID = 0;
  private static final int ID15 = 1;
  private static final int COUNTY_DATE = 2;
  private static final int NAME_YEAR = 3;
  private static final int NAME_NO_YEAR = 4;
  private static final int GIVEN_YEAR = 5; // one_part_year
  private static final int TOKEN_DATE = 6;
  private static final int TOKEN_YEAR_COUNTY = 7;
  private static final int ONE_PART = 8;
  private static final int TOKEN_YEAR = 9;

  /**
   * Rules that only catch what the others miss (a misspelt part, a missing year, a missing father's
   * name): their blocks are large for common names, so they are windowed sooner and narrower.
   */
  private static final boolean[] FALLBACK = {
    false, false, false, false, true, true, false, false, true, true
  };

  /** Block limit and window of the fallback rules. */
  static final int FALLBACK_LIMIT = 12;

  static final int FALLBACK_WINDOW = 2;

  private static final int RECORD_CHUNK = 8192;
  private static final int ENTRY_CHUNK = 1 << 16;

  /** The outcome: sorted distinct pairs {@code a << 32 | b} with {@code a < b}, and counts. */
  public static final class Result {
    public final long[] pairs;
    public final int size;
    /** Pairs generated per rule before duplicates across rules were removed. */
    public final long[] perRule;
    /** Blocks compared by window because they were larger than the limit. */
    public final long windowedBlocks;
    /** Records in the largest block. */
    public final long largestBlock;

    Result(long[] pairs, int size, long[] perRule, long windowedBlocks, long largestBlock) {
      this.pairs = pairs;
      this.size = size;
      this.perRule = perRule;
      this.windowedBlocks = windowedBlocks;
      this.largestBlock = largestBlock;
    }
  }

  private final Prepared p;
  private final int blockLimit;
  private final int window;
  private final long[][] pairKeys;
  private final long[][] tokenKeys;
  private final long[][] givenKeys;
  private final byte[] tokenCount;
  private final long[] sortA;
  private final long[] sortB;

  private Blocking(Prepared p, int blockLimit, int window, Parallel parallel) {
    this.p = p;
    this.blockLimit = blockLimit;
    this.window = window;
    int names = p.names.length;
    pairKeys = new long[names][];
    tokenKeys = new long[names][];
    givenKeys = new long[names][];
    tokenCount = new byte[names];
    parallel.run(
        Parallel.chunks(names, RECORD_CHUNK),
        chunk -> {
          int to = Math.min(names, (chunk + 1) * RECORD_CHUNK);
          for (int i = chunk * RECORD_CHUNK; i < to; i++) {
            nameKeys(i);
          }
        });
    sortA = new long[p.n];
    sortB = new long[p.n];
    for (int r = 0; r < p.n; r++) {
      sortKeys(r);
    }
  }

  /**
   * The candidate pairs of {@code p}.
   *
   * @param blockLimit largest block compared all against all
   * @param window neighbours per side in a larger block
   */
  public static Result pairs(Prepared p, int blockLimit, int window, Parallel parallel) {
    return new Blocking(p, blockLimit, window, parallel).run(parallel);
  }

  private void nameKeys(int i) {
    NameKey key = p.names[i];
    Set<String> all = new java.util.TreeSet<>(NameKeys.blockingKeys(key));
    NameKey[] splits = p.splits[i];
    if (splits != null) {
      for (NameKey k : splits) {
        all.addAll(NameKeys.blockingKeys(k));
      }
    }
    int pairs = 0;
    int tokens = 0;
    for (String k : all) {
      if (k.startsWith("p:") || k.startsWith("w:")) {
        pairs++;
      } else if (k.startsWith("t:")) {
        tokens++;
      }
    }
    long[] pk = new long[pairs];
    long[] tk = new long[tokens];
    int pi = 0;
    int ti = 0;
    for (String k : all) {
      if (k.startsWith("p:") || k.startsWith("w:")) {
        pk[pi++] = Hash64.of(k);
      } else if (k.startsWith("t:")) {
        tk[ti++] = Hash64.of(k);
      }
    }
    pairKeys[i] = pk;
    tokenKeys[i] = tk;
    Set<Long> given = new HashSet<>();
    for (NameToken t : key.tokens()) {
      given.add(Hash64.of("g:" + t.blockingKey()));
      for (String v : t.blockingVariants()) {
        given.add(Hash64.of("g:" + v));
      }
    }
    long[] gk = new long[given.size()];
    int gi = 0;
    for (long g : given) {
      gk[gi++] = g;
    }
    Arrays.sort(gk);
    givenKeys[i] = gk;
    tokenCount[i] = (byte) (splits != null ? 2 : Math.min(key.tokens().size(), 100));
  }

  /** Two orders for windowed blocks: (date, county, sex, name) and (county, sex, date, name). */
  private void sortKeys(int r) {
    int b = p.birth[r];
    long date;
    if (b == 0) {
      date = 0xFFFF;
    } else {
      long y = Math.min(127, Math.max(0, BirthDates.year(b) - 1880));
      long m = BirthDates.month(b) == 0 ? 15 : BirthDates.month(b);
      long d = BirthDates.day(b) == 0 ? 31 : BirthDates.day(b);
      date = (y << 9) | (m << 5) | d;
    }
    int code = p.place[r] >= 100_000 ? p.place[r] : p.idCounty[r] != 0 ? p.idCounty[r] : p.place[r];
    long county = code == 0 ? 0xFFF : (Hash64.finish(code) & 0x7FF);
    long sex = p.sex[r] == 0 ? 3 : p.sex[r];
    long name = p.nameId[r] < 0 ? 0x1FF : (Hash64.finish(p.nameId[r]) & 0x1FF);
    sortA[r] = (date << 23) | (county << 11) | (sex << 9) | name;
    sortB[r] = (county << 27) | (sex << 25) | (date << 9) | name;
  }

  private static long key(int rule, long h) {
    return ((long) rule << 58) | (Hash64.finish(h) >>> 6);
  }

  private static long mix(long base, long... parts) {
    long h = Hash64.add(Hash64.start(), base);
    for (long v : parts) {
      h = Hash64.add(h, v);
    }
    return h;
  }

  private Result run(Parallel parallel) {
    int recordChunks = Parallel.chunks(p.n, RECORD_CHUNK);
    LongList[] parts = new LongList[recordChunks];
    parallel.run(
        recordChunks,
        chunk -> {
          int to = Math.min(p.n, (chunk + 1) * RECORD_CHUNK);
          LongList out = new LongList((to - chunk * RECORD_CHUNK) * 16, true);
          for (int r = chunk * RECORD_CHUNK; r < to; r++) {
            emit(r, out);
          }
          parts[chunk] = out;
        });
    LongList[] holder = {LongList.concat(parts, true)};
    LongSort.sort(holder[0].values, holder[0].extra, holder[0].size);
    int[] starts = chunkStarts(holder[0]);
    int chunks = starts.length - 1;
    LongList[] pairParts = new LongList[chunks];
    long[][] perRule = new long[chunks][RULES.size()];
    long[] windowed = new long[chunks];
    long[] largest = new long[chunks];
    parallel.run(
        chunks,
        c -> {
          LongList out = new LongList(1024, false);
          BlockScan scan = new BlockScan(out, perRule[c]);
          scan.blocks(holder[0], starts[c], starts[c + 1]);
          windowed[c] = scan.windowed;
          largest[c] = scan.largest;
          LongSort.sort(out.values, out.size);
          out.size = LongSort.unique(out.values, out.size);
          pairParts[c] = out;
        });
    holder[0] = null;
    LongList all = LongList.concat(pairParts, false);
    LongSort.sort(all.values, all.size);
    int size = LongSort.unique(all.values, all.size);
    long[] rules = new long[RULES.size()];
    long windowedBlocks = 0;
    long largestBlock = 0;
    for (int c = 0; c < chunks; c++) {
      for (int r = 0; r < rules.length; r++) {
        rules[r] += perRule[c][r];
      }
      windowedBlocks += windowed[c];
      largestBlock = Math.max(largestBlock, largest[c]);
    }
    return new Result(all.values, size, rules, windowedBlocks, largestBlock);
  }

  /** Chunk boundaries at block starts, about {@link #ENTRY_CHUNK} entries each. */
  private static int[] chunkStarts(LongList entries) {
    int n = entries.size;
    int[] starts = new int[Parallel.chunks(n, ENTRY_CHUNK) + 1];
    int k = 0;
    starts[k++] = 0;
    int next = ENTRY_CHUNK;
    for (int i = 1; i < n && k < starts.length - 1; i++) {
      if (i >= next && entries.values[i] != entries.values[i - 1]) {
        starts[k++] = i;
        next = i + ENTRY_CHUNK;
      }
    }
    starts[k++] = n;
    return Arrays.copyOf(starts, k);
  }

  /** Emits the blocking keys of record {@code r}: value {@code r << 1 | probe}. */
  private void emit(int r, LongList out) {
    int probe = r << 1 | 1;
    int target = r << 1;
    byte kind = p.idKind[r];
    long digits = p.idDigits[r];
    if (p.idTrusted[r] >= 17) {
      out.add(key(ID, mix(1, digits)), probe);
      if (kind == IdNumbers.INVALID) {
        for (long v : validNeighbours(digits, p.idCheck[r])) {
          out.add(key(ID, mix(1, v)), probe);
        }
      }
    }
    if (p.idTrusted[r] >= 15) {
      out.add(key(ID15, mix(2, digits / 100)), probe);
    }
    int b = p.birth[r];
    int y = BirthDates.year(b);
    boolean full = BirthDates.isFull(b);
    int c1 = p.place[r] >= 100_000 ? p.place[r] : 0;
    int c2 = p.idCounty[r] != c1 ? p.idCounty[r] : 0;
    if (full) {
      if (c1 != 0) {
        out.add(key(COUNTY_DATE, mix(3, c1, b)), probe);
      }
      if (c2 != 0) {
        out.add(key(COUNTY_DATE, mix(3, c2, b)), probe);
      }
    }
    int name = p.nameId[r];
    if (name < 0) {
      return;
    }
    for (long k : pairKeys[name]) {
      if (y != 0) {
        out.add(key(NAME_YEAR, mix(k, y)), probe);
        out.add(key(NAME_YEAR, mix(k, y + 1)), probe);
        out.add(key(NAME_NO_YEAR, mix(k, 0)), target);
      } else {
        out.add(key(NAME_NO_YEAR, mix(k, 0)), probe);
      }
    }
    int role = tokenCount[name] == 1 ? probe : target;
    for (long g : givenKeys[name]) {
      if (y != 0) {
        out.add(key(GIVEN_YEAR, mix(g, y)), role);
        out.add(key(GIVEN_YEAR, mix(g, y + 1)), role);
      }
      out.add(key(ONE_PART, mix(g, 0)), role);
    }
    for (long t : tokenKeys[name]) {
      if (y != 0 && p.sex[r] != 0) {
        out.add(key(TOKEN_YEAR, mix(t, y, p.sex[r])), probe);
        out.add(key(TOKEN_YEAR, mix(t, y + 1, p.sex[r])), probe);
      }
      if (full) {
        out.add(key(TOKEN_DATE, mix(t, b)), probe);
      }
      if (y != 0 && c1 != 0) {
        out.add(key(TOKEN_YEAR_COUNTY, mix(t, y, c1)), probe);
      }
      if (y != 0 && c2 != 0) {
        out.add(key(TOKEN_YEAR_COUNTY, mix(t, y, c2)), probe);
      }
    }
  }

  /** The 17-digit prefixes of every ID one substitution or adjacent swap away that pass the check. */
  static long[] validNeighbours(long digits, byte check) {
    byte[] d = new byte[18];
    IdNumbers.chars(digits, check, d);
    LongList out = new LongList(32, false);
    for (int i = 0; i < 18; i++) {
      byte original = d[i];
      int max = i == 17 ? 10 : 9;
      for (int v = 0; v <= max; v++) {
        if (v == original) {
          continue;
        }
        d[i] = (byte) v;
        if (IdNumbers.checkValue(d) == d[17]) {
          out.add(number(d));
        }
      }
      d[i] = original;
    }
    for (int i = 0; i + 1 < 17; i++) {
      if (d[i] == d[i + 1]) {
        continue;
      }
      swap(d, i);
      if (IdNumbers.checkValue(d) == d[17]) {
        out.add(number(d));
      }
      swap(d, i);
    }
    long[] result = Arrays.copyOf(out.values, out.size);
    Arrays.sort(result);
    int n = LongSort.unique(result, result.length);
    return Arrays.copyOf(result, n);
  }

  private static void swap(byte[] d, int i) {
    byte t = d[i];
    d[i] = d[i + 1];
    d[i + 1] = t;
  }

  private static long number(byte[] d) {
    long v = 0;
    for (int i = 0; i < 17; i++) {
      v = v * 10 + d[i];
    }
    return v;
  }

  /** Scans blocks in a range of sorted entries and emits their pairs. */
  private final class BlockScan {
    final LongList out;
    final long[] perRule;
    long windowed;
    long largest;
    int[] members = new int[64];
    long[] order = new long[64];

    BlockScan(LongList out, long[] perRule) {
      this.out = out;
      this.perRule = perRule;
    }

    void blocks(LongList entries, int from, int to) {
      int i = from;
      while (i < to) {
        long k = entries.values[i];
        int j = i + 1;
        while (j < to && entries.values[j] == k) {
          j++;
        }
        if (j - i >= 2) {
          block(entries.extra, i, j, (int) (k >>> 58));
        }
        i = j;
      }
    }

    private void block(int[] values, int from, int to, int rule) {
      int n = 0;
      boolean anyProbe = false;
      if (members.length < to - from) {
        members = new int[Integer.highestOneBit(to - from) * 2];
        order = new long[members.length];
      }
      int previous = -1;
      for (int i = from; i < to; i++) {
        int v = values[i];
        if ((v >>> 1) == previous) {
          members[n - 1] |= v & 1; // a record emitting one key twice: probe wins
          anyProbe |= (v & 1) == 1;
          continue;
        }
        previous = v >>> 1;
        members[n++] = v;
        anyProbe |= (v & 1) == 1;
      }
      if (!anyProbe || n < 2) {
        return;
      }
      largest = Math.max(largest, n);
      long before = out.size();
      int limit = FALLBACK[rule] ? Math.min(blockLimit, FALLBACK_LIMIT) : blockLimit;
      int width = FALLBACK[rule] ? Math.min(window, FALLBACK_WINDOW) : window;
      if (n <= limit) {
        for (int i = 0; i < n; i++) {
          int a = members[i];
          for (int j = i + 1; j < n; j++) {
            int b = members[j];
            if (((a | b) & 1) == 1) {
              pair(a >>> 1, b >>> 1);
            }
          }
        }
      } else {
        windowed++;
        window(n, sortA, width);
        window(n, sortB, width);
      }
      perRule[rule] += out.size() - before;
    }

    private void window(int n, long[] sortKey, int window) {
      for (int i = 0; i < n; i++) {
        int r = members[i] >>> 1;
        order[i] = (sortKey[r] << 24) | i;
      }
      Arrays.sort(order, 0, n);
      for (int i = 0; i < n; i++) {
        int a = members[(int) (order[i] & 0xFFFFFF)];
        if ((a & 1) == 0) {
          continue;
        }
        int lo = Math.max(0, i - window);
        int hi = Math.min(n - 1, i + window);
        for (int j = lo; j <= hi; j++) {
          if (j == i) {
            continue;
          }
          int b = members[(int) (order[j] & 0xFFFFFF)];
          if ((b & 1) == 1 && j < i) {
            continue; // the other probe emits this pair
          }
          pair(a >>> 1, b >>> 1);
        }
      }
    }

    private void pair(int a, int b) {
      if (a == b || (p.known[a] >= 0 && p.known[b] >= 0)) {
        return;
      }
      out.add(a < b ? ((long) a << 32) | b : ((long) b << 32) | a);
    }
  }
}
