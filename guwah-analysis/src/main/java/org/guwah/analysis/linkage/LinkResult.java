package org.guwah.analysis.linkage;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.guwah.analysis.linkage.internal.Clusterer;
import org.guwah.analysis.linkage.internal.Comparison;
import org.guwah.analysis.linkage.internal.Engine;
import org.guwah.analysis.linkage.internal.Prepared;
import org.guwah.names.keys.NameSimilarity;

/**
 * The outcome of {@link Linker#link}: a cluster for every record, the explained links, the model
 * and run statistics.
 *
 * <p>Cluster ids: the known cluster of the records, if any; else the smallest record id in the
 * cluster (so ids do not depend on input order). Links are built on demand from compact arrays.
 * Immutable; safe to read from several threads except {@link #links()}, whose elements are built by
 * the calling thread.
 */
public final class LinkResult {
  private final Engine engine;
  private final Prepared p;
  private final String[] clusterOf;

  LinkResult(Engine engine) {
    this.engine = engine;
    this.p = engine.prepared;
    int n = p.n;
    int[] smallest = new int[n];
    Arrays.fill(smallest, -1);
    int[] knownOf = new int[n];
    Arrays.fill(knownOf, -1);
    for (int r = 0; r < n; r++) {
      int root = engine.clusters.find(r);
      if (smallest[root] < 0) {
        smallest[root] = r; // canonical order is record-id order
      }
      if (p.known[r] >= 0) {
        knownOf[root] = p.known[r];
      }
    }
    clusterOf = new String[n];
    for (int r = 0; r < n; r++) {
      int root = engine.clusters.find(r);
      clusterOf[r] = knownOf[root] >= 0 ? p.knownIds[knownOf[root]] : p.ids[smallest[root]];
    }
  }

  /** A record and its cluster. */
  public record Assignment(String recordId, String clusterId) {}

  /** A cluster and its records (record-id order). */
  public record Cluster(String id, List<String> recordIds) {
    public Cluster {
      recordIds = List.copyOf(recordIds);
    }
  }

  /** Number of records. */
  public int recordCount() {
    return p.n;
  }

  /** Every record with its cluster, in the order the records were given. */
  public List<Assignment> assignments() {
    int[] canonicalOf = new int[p.n];
    for (int c = 0; c < p.n; c++) {
      canonicalOf[p.inputIndex[c]] = c;
    }
    return new AbstractList<>() {
      @Override
      public Assignment get(int i) {
        int c = canonicalOf[i];
        return new Assignment(p.ids[c], clusterOf[c]);
      }

      @Override
      public int size() {
        return p.n;
      }
    };
  }

  /**
   * The cluster of a record.
   *
   * @throws IllegalArgumentException if no record has this id
   */
  public String clusterOf(String recordId) {
    int c = Arrays.binarySearch(p.ids, recordId);
    if (c < 0) {
      throw new IllegalArgumentException("no record " + recordId);
    }
    return clusterOf[c];
  }

  /** The clusters with two or more records, ordered by cluster id. */
  public List<Cluster> clusters() {
    List<Cluster> out = new ArrayList<>();
    for (int r = 0; r < p.n; r++) {
      if (engine.clusters.find(r) != r || engine.clusters.size(r) < 2) {
        continue;
      }
      int[] members = engine.clusters.members(r);
      Arrays.sort(members);
      List<String> ids = new ArrayList<>(members.length);
      for (int m : members) {
        ids.add(p.ids[m]);
      }
      out.add(new Cluster(clusterOf[r], ids));
    }
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return out;
  }

  /** Number of clusters, one-record clusters included. */
  public long clusterCount() {
    return engine.stats.clusters();
  }

  /**
   * The explained links: every candidate pair whose probability reached the report threshold (or
   * the link threshold, if lower), and every pair a reviewer decided, in record-id order.
   */
  public List<Link> links() {
    Comparison cmp = new Comparison(p);
    return new AbstractList<>() {
      @Override
      public Link get(int i) {
        Objects.checkIndex(i, engine.linkA.length);
        return link(cmp, i);
      }

      @Override
      public int size() {
        return engine.linkA.length;
      }
    };
  }

  private Link link(Comparison cmp, int i) {
    int a = engine.linkA[i];
    int b = engine.linkB[i];
    double lo = engine.linkLogOdds[i];
    LinkOutcome outcome;
    String guard = "";
    byte verdict = engine.linkVerdict[i];
    if (verdict == 1) {
      outcome = LinkOutcome.CONFIRMED;
    } else if (verdict == 2) {
      outcome = LinkOutcome.REJECTED;
    } else {
      int pair = engine.linkPair[i];
      int code = pair >= 0 ? engine.clusters.outcome[pair] & 0xFF : 0;
      int kind = code >>> 4;
      if (kind == Clusterer.LINKED) {
        outcome = LinkOutcome.LINKED;
      } else if (kind == Clusterer.LINKED_BY_CLUSTER) {
        outcome = LinkOutcome.LINKED_BY_CLUSTER;
      } else if (kind == Clusterer.BLOCKED) {
        outcome = LinkOutcome.BLOCKED;
        guard = Clusterer.GUARDS.get(code & 0xF);
      } else if (engine.clusters.find(a) == engine.clusters.find(b)) {
        outcome = LinkOutcome.SAME_CLUSTER;
      } else {
        outcome = LinkOutcome.BELOW_THRESHOLD;
      }
    }
    return new Link(
        p.ids[a], p.ids[b], probability(lo), lo, engine.model.priorWeight(),
        evidence(engine, cmp, a, b), outcome, guard);
  }

  static List<FieldEvidence> evidence(Engine engine, Comparison cmp, int a, int b) {
    Prepared p = engine.prepared;
    int pattern = cmp.pattern(a, b);
    List<FieldEvidence> out = new ArrayList<>(Field.values().length);
    for (Field f : Field.values()) {
      int level = Comparison.level(pattern, f);
      double w = engine.model.weight(f, level);
      String detail = "";
      if (f == Field.NAME && level != Field.MISSING) {
        org.guwah.names.keys.NameKey[] keys = cmp.bestKeysOf(a, b);
        detail = NameSimilarity.compare(keys[0], keys[1]).explain();
        if (keys[0] != p.names[p.nameId[a]] || keys[1] != p.names[p.nameId[b]]) {
          detail += "; Chinese characters split";
        }
        double tf = engine.tfAdjustment(a, b, level);
        if (tf != 0) {
          w += tf;
          detail += String.format(Locale.ROOT, "; name frequency %+.1f", tf);
        }
      }
      out.add(new FieldEvidence(f, f.levelName(level), w, detail));
    }
    return out;
  }

  static double probability(double logOdds) {
    return 1 / (1 + Math.pow(2, -logOdds));
  }

  /** The weights used (learned by EM unless given). */
  public FsModel model() {
    return engine.model;
  }

  /** Counts and timings. */
  public LinkStats stats() {
    return engine.stats;
  }

  @Override
  public String toString() {
    return "LinkResult[records=" + p.n + ", clusters=" + engine.stats.clusters() + "]";
  }
}
