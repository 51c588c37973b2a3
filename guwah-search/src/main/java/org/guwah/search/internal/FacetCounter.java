package org.guwah.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.guwah.search.FacetCount;
import org.guwah.search.SearchResult;

/**
 * Counts the values of facet dimensions over every matching document, segment by segment on the
 * sorted-set doc values (per-segment ordinal counts, resolved to values once per segment). Each
 * collector is single-threaded; the manager may be used by one search.
 */
public final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, List<FacetCount>>> {
  private final List<String> dimensions;

  public FacetCounter(List<String> dimensions) {
    this.dimensions = List.copyOf(dimensions);
  }

  @Override
  public Counting newCollector() {
    return new Counting(dimensions);
  }

  @Override
  public Map<String, List<FacetCount>> reduce(Collection<Counting> collectors) throws IOException {
    Map<String, Map<String, Long>> merged = new TreeMap<>();
    for (Counting c : collectors) {
      c.fold();
      c.totals.forEach((dim, values) -> values.forEach(
          (v, n) -> merged.computeIfAbsent(dim, k -> new HashMap<>()).merge(v, n, Long::sum)));
    }
    Map<String, List<FacetCount>> out = new TreeMap<>();
    merged.forEach((dim, values) -> {
      List<FacetCount> list = new ArrayList<>();
      values.forEach((v, n) -> list.add(new FacetCount(v, n)));
      list.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
      out.put(dim, List.copyOf(list.subList(0, Math.min(list.size(), SearchResult.MAX_FACET_VALUES))));
    });
    return out;
  }

  /** Counts one search's matches. */
  public static final class Counting implements Collector {
    private final List<String> dimensions;
    private final Map<String, Map<String, Long>> totals = new HashMap<>();
    private SortedSetDocValues[] values = new SortedSetDocValues[0];
    private int[][] counts = new int[0][];

    Counting(List<String> dimensions) {
      this.dimensions = dimensions;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      fold();
      int n = dimensions.size();
      values = new SortedSetDocValues[n];
      counts = new int[n][];
      for (int i = 0; i < n; i++) {
        values[i] = DocValues.getSortedSet(context.reader(), FieldNames.facet(dimensions.get(i)));
        counts[i] = new int[Math.toIntExact(values[i].getValueCount())];
      }
      SortedSetDocValues[] dvs = values;
      int[][] cs = counts;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (int i = 0; i < dvs.length; i++) {
            SortedSetDocValues dv = dvs[i];
            if (cs[i].length > 0 && dv.advanceExact(doc)) {
              for (int k = dv.docValueCount(); k > 0; k--) {
                cs[i][(int) dv.nextOrd()]++;
              }
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Adds the current segment's counts to the totals. */
    void fold() throws IOException {
      for (int i = 0; i < values.length; i++) {
        int[] c = counts[i];
        for (int ord = 0; ord < c.length; ord++) {
          if (c[ord] > 0) {
            totals.computeIfAbsent(dimensions.get(i), k -> new HashMap<>())
                .merge(values[i].lookupOrd(ord).utf8ToString(), (long) c[ord], Long::sum);
          }
        }
      }
      values = new SortedSetDocValues[0];
      counts = new int[0][];
    }
  }
}
