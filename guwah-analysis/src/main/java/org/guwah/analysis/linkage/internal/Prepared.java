package org.guwah.analysis.linkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.guwah.analysis.linkage.DuplicateRecordIdException;
import org.guwah.analysis.linkage.LinkRecord;
import org.guwah.names.keys.NameKey;
import org.guwah.names.keys.NameKeys;
import org.guwah.names.keys.NameToken;
import org.guwah.names.keys.TokenRole;
import org.jspecify.annotations.Nullable;

/**
 * The records of one run in comparable, columnar form, in canonical order (sorted by record id, so
 * that nothing downstream depends on the input order). Names are interned: records with the same
 * name text share one {@link NameKey}. Built once, then read-only and safe to share between
 * threads.
 */
public final class Prepared {
  private static final int CHUNK = 4096;

  /** Number of records. */
  public final int n;
  /** Record ids in canonical order. */
  public final String[] ids;
  /** Input position of each canonical record. */
  public final int[] inputIndex;
  /** Distinct name of each record, or -1 when it has no readable name. */
  public final int[] nameId;
  /** Keys of the distinct names. */
  public final NameKey[] names;
  /**
   * For a name written in Chinese characters without any separator (one part of four or more
   * characters, e.g. 麦麦提吐尔逊), the keys of every way to split it into given and father's
   * name; else null.
   */
  public final @Nullable NameKey[][] splits;
  /** Name group (given + forebear consonant skeletons, order-free) of each distinct name. */
  public final int[] nameGroup;
  /** Records per name group. */
  public final int[] groupCount;
  /** Packed birth date ({@link BirthDates}), 0 when unknown. */
  public final int[] birth;
  /** {@link SexCodes} value. */
  public final byte[] sex;
  /** Place code from the place column: six-digit county, four-digit prefecture, or 0. */
  public final int[] place;
  /** Hash of an unresolved place text, or 0. */
  public final long[] placeText;
  /** {@link IdNumbers} kind. */
  public final byte[] idKind;
  /** First 17 ID digits (untrusted digits zero). */
  public final long[] idDigits;
  /** ID check value, -1 when unknown. */
  public final byte[] idCheck;
  /** Trusted leading ID digits. */
  public final byte[] idTrusted;
  /** Whether the ID is valid beyond doubt. */
  public final boolean[] idCertain;
  /** Current county code from the ID, or 0. */
  public final int[] idCounty;
  /** Index into {@link #knownIds}, or -1. */
  public final int[] known;
  /** Distinct known cluster ids. */
  public final String[] knownIds;
  /** Records whose name cell was not empty but gave no readable name (unknown script). */
  public final long unreadableNames;
  /** Records with only a name (nothing else to compare). */
  public final long nameOnly;
  /** Records with a non-empty place that did not resolve to a code. */
  public final long unresolvedPlaces;
  /** Records with a non-empty ID cell that gave no usable ID. */
  public final long unusableIds;
  /** Records with a non-empty sex cell that was not understood. */
  public final long unreadableSex;

  private Prepared(Builder b) {
    n = b.n;
    ids = b.ids;
    inputIndex = b.inputIndex;
    nameId = b.nameId;
    names = b.names;
    splits = b.splits;
    nameGroup = b.nameGroup;
    groupCount = b.groupCount;
    birth = b.birth;
    sex = b.sex;
    place = b.place;
    placeText = b.placeText;
    idKind = b.idKind;
    idDigits = b.idDigits;
    idCheck = b.idCheck;
    idTrusted = b.idTrusted;
    idCertain = b.idCertain;
    idCounty = b.idCounty;
    known = b.known;
    knownIds = b.knownIds;
    unreadableNames = b.unreadableNames.get();
    nameOnly = b.nameOnly.get();
    unresolvedPlaces = b.unresolvedPlaces.get();
    unusableIds = b.unusableIds.get();
    unreadableSex = b.unreadableSex.get();
  }

  /** Birth year of a record, 0 when unknown. */
  public int year(int r) {
    return birth[r] / 10000;
  }

  /**
   * Prepares {@code records}.
   *
   * @throws DuplicateRecordIdException if two records share an id
   */
  public static Prepared of(List<LinkRecord> records, LocalDate today, Parallel parallel) {
    Builder b = new Builder(records.size());
    b.canonicalOrder(records);
    b.knownClusters(records);
    b.internNames(records, parallel);
    b.fields(records, today, parallel);
    return new Prepared(b);
  }

  /** Mutable state while preparing. */
  private static final class Builder {
    final int n;
    String[] ids;
    int[] inputIndex;
    int[] nameId;
    NameKey[] names = new NameKey[0];
    @Nullable NameKey[][] splits = new NameKey[0][];
    int[] nameGroup = new int[0];
    int[] groupCount = new int[0];
    final int[] birth;
    final byte[] sex;
    final int[] place;
    final long[] placeText;
    final byte[] idKind;
    final long[] idDigits;
    final byte[] idCheck;
    final byte[] idTrusted;
    final boolean[] idCertain;
    final int[] idCounty;
    int[] known;
    String[] knownIds = new String[0];
    final AtomicLong unreadableNames = new AtomicLong();
    final AtomicLong nameOnly = new AtomicLong();
    final AtomicLong unresolvedPlaces = new AtomicLong();
    final AtomicLong unusableIds = new AtomicLong();
    final AtomicLong unreadableSex = new AtomicLong();

    Builder(int n) {
      this.n = n;
      ids = new String[n];
      inputIndex = new int[n];
      nameId = new int[n];
      birth = new int[n];
      sex = new byte[n];
      place = new int[n];
      placeText = new long[n];
      idKind = new byte[n];
      idDigits = new long[n];
      idCheck = new byte[n];
      idTrusted = new byte[n];
      idCertain = new boolean[n];
      idCounty = new int[n];
      known = new int[n];
    }

    void canonicalOrder(List<LinkRecord> records) {
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> records.get(x).id().compareTo(records.get(y).id()));
      for (int c = 0; c < n; c++) {
        inputIndex[c] = order[c];
        ids[c] = records.get(order[c]).id();
        if (c > 0 && ids[c].equals(ids[c - 1])) {
          int a = Math.min(order[c], order[c - 1]);
          int b = Math.max(order[c], order[c - 1]);
          throw new DuplicateRecordIdException(ids[c], a, b);
        }
      }
    }

    void knownClusters(List<LinkRecord> records) {
      Map<String, Integer> index = new HashMap<>();
      List<String> list = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        String k = records.get(inputIndex[c]).knownCluster();
        if (k == null) {
          known[c] = -1;
        } else {
          Integer i = index.get(k);
          if (i == null) {
            i = list.size();
            index.put(k, i);
            list.add(k);
          }
          known[c] = i;
        }
      }
      knownIds = list.toArray(new String[0]);
    }

    void internNames(List<LinkRecord> records, Parallel parallel) {
      Map<String, Integer> distinct = new HashMap<>();
      List<String> texts = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        String name = records.get(inputIndex[c]).name().strip();
        if (name.isEmpty()) {
          nameId[c] = -1;
          continue;
        }
        Integer id = distinct.get(name);
        if (id == null) {
          id = texts.size();
          distinct.put(name, id);
          texts.add(name);
        }
        nameId[c] = id;
      }
      names = new NameKey[texts.size()];
      splits = new NameKey[texts.size()][];
      parallel.run(
          Parallel.chunks(texts.size(), CHUNK),
          chunk -> {
            int to = Math.min(texts.size(), (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < to; i++) {
              names[i] = NameKeys.of(texts.get(i));
              splits[i] = hanSplits(texts.get(i), names[i]);
            }
          });
      Map<String, Integer> groups = new HashMap<>();
      nameGroup = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        String g = group(names[i]);
        Integer id = groups.get(g);
        if (id == null) {
          id = groups.size();
          groups.put(g, id);
        }
        nameGroup[i] = id;
      }
      groupCount = new int[groups.size()];
      for (int c = 0; c < n; c++) {
        int id = nameId[c];
        if (id >= 0 && names[id].isEmpty()) {
          unreadableNames.incrementAndGet();
          nameId[c] = -1;
        } else if (id >= 0) {
          groupCount[nameGroup[id]]++;
        }
      }
    }

    /** Splits of an unseparated Chinese rendering of 4 to 12 characters (2+ characters a side). */
    private static NameKey @Nullable [] hanSplits(String text, NameKey key) {
      int n = text.length();
      if (key.tokens().size() != 1 || n < 4 || n > 12) {
        return null;
      }
      for (int i = 0; i < n; i++) {
        if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
          return null;
        }
      }
      NameKey[] out = new NameKey[n - 3];
      for (int cut = 2; cut <= n - 2; cut++) {
        out[cut - 2] = NameKeys.of(text.substring(0, cut) + "·" + text.substring(cut));
      }
      return out;
    }

    /** The given and forebear skeletons, sorted; or the skeleton of a one-part name. */
    private static String group(NameKey key) {
      String given = null;
      String forebear = null;
      for (NameToken t : key.tokens()) {
        if (given == null && t.role() == TokenRole.GIVEN) {
          given = t.blockingKey();
        } else if (forebear == null && t.role().isForebear()) {
          forebear = t.blockingKey();
        }
      }
      if (given != null && forebear != null) {
        return given.compareTo(forebear) <= 0 ? given + "|" + forebear : forebear + "|" + given;
      }
      StringBuilder b = new StringBuilder("1:");
      for (NameToken t : key.tokens()) {
        b.append(t.blockingKey());
      }
      return b.toString();
    }

    void fields(List<LinkRecord> records, LocalDate today, Parallel parallel) {
      Map<String, Gazetteer.Place> places = new ConcurrentHashMap<>();
      parallel.run(
          Parallel.chunks(n, CHUNK),
          chunk -> {
            int to = Math.min(n, (chunk + 1) * CHUNK);
            for (int c = chunk * CHUNK; c < to; c++) {
              field(c, records.get(inputIndex[c]), today, places);
            }
          });
    }

    private void field(int c, LinkRecord r, LocalDate today, Map<String, Gazetteer.Place> places) {
      IdNumbers id = IdNumbers.parse(r.idNumber(), today);
      idKind[c] = id.kind;
      idDigits[c] = id.digits;
      idCheck[c] = id.check;
      idTrusted[c] = id.trusted;
      idCertain[c] = id.certain;
      idCounty[c] = id.county == 0 ? 0 : Gazetteer.current(id.county);
      if (id.kind == IdNumbers.NONE && !r.idNumber().isBlank()) {
        unusableIds.incrementAndGet();
      }
      int b = BirthDates.parse(r.birthDate(), r.birthYear(), today);
      if (id.birth != 0 && (b == 0 || (!BirthDates.isFull(b) && BirthDates.year(b) == BirthDates.year(id.birth)))) {
        b = id.birth;
      }
      birth[c] = b;
      byte s = SexCodes.parse(r.sex());
      if (s == SexCodes.UNKNOWN && !SexCodes.readable(r.sex())) {
        unreadableSex.incrementAndGet();
      }
      sex[c] = s != SexCodes.UNKNOWN ? s : id.sex;
      String p = r.place().strip();
      if (!p.isEmpty()) {
        Gazetteer.Place resolved = places.get(p);
        if (resolved == null) {
          resolved = Gazetteer.resolve(p);
          places.put(p, resolved);
        }
        place[c] = resolved.code;
        placeText[c] = resolved.text;
        if (resolved.code == 0) {
          unresolvedPlaces.incrementAndGet();
        }
      }
      if (nameId[c] >= 0 && birth[c] == 0 && sex[c] == 0 && place[c] == 0 && placeText[c] == 0
          && idKind[c] == IdNumbers.NONE) {
        nameOnly.incrementAndGet();
      }
    }
  }
}
