package org.guwah.analysis.linkage;

import java.util.List;
import java.util.Objects;
import org.guwah.analysis.linkage.internal.Comparison;
import org.guwah.analysis.linkage.internal.Engine;

/**
 * Links records that describe the same person.
 *
 * <p>Typical uses:
 *
 * <ul>
 *   <li>deduplicate and link lists: {@code Linker.link(records, LinkOptions.defaults())};
 *   <li>link an imported list against the people already known: pass the known people's records
 *       with {@link LinkRecord#knownCluster()} set to their person id, and the new rows without;
 *       known records keep their persons (pairs of two known records are not compared), new rows
 *       join a person or form new clusters, and {@link LinkResult#links()} lists the proposals
 *       (links below the threshold or blocked by a guard are the reviewer's queue);
 *   <li>re-use reviewer decisions: pass them as {@link LinkOptions.Builder#decisions}; keep the
 *       weights of a first run ({@link LinkResult#model()}, {@link FsModel#toTsv()}) and pass them as
 *       {@link LinkOptions.Builder#model} so later runs score alike.
 * </ul>
 *
 * <p>Pure: no I/O, no logging, no global state; the result depends only on the records (not their
 * order) and the options (not the thread count). Memory is about 1 KB per record plus 20 bytes per
 * candidate pair.
 */
public final class Linker {
  /**
   * Below this many records the weights are not learned (EM has too few pairs to learn from) but
   * taken from {@link FsModel#defaults(int)}, unless a model is given.
   */
  public static final int MIN_RECORDS_TO_LEARN = 200;

  private Linker() {}

  /**
   * Links {@code records}.
   *
   * @throws DuplicateRecordIdException if two records share an id
   * @throws NullPointerException if an argument is null
   */
  public static LinkResult link(List<LinkRecord> records, LinkOptions options) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(options, "options");
    LinkOptions effective = options;
    if (options.model() == null && records.size() < MIN_RECORDS_TO_LEARN && records.size() >= 2) {
      effective = options.toBuilder().model(FsModel.defaults(records.size())).build();
    }
    return new LinkResult(Engine.run(List.copyOf(records), effective));
  }

  /**
   * Explains one pair under a model (for a reviewer looking at any two records): per-field levels
   * and weights, without the name-frequency adjustment (which needs a whole list). The outcome
   * is {@link LinkOutcome#LINKED} when the probability reaches the threshold and no hard guard
   * (valid IDs, sex, birth years) objects, {@link LinkOutcome#BLOCKED} when one does, else {@link
   * LinkOutcome#BELOW_THRESHOLD}.
   *
   * @throws DuplicateRecordIdException if both records have the same id
   */
  public static Link explain(LinkRecord a, LinkRecord b, FsModel model, LinkOptions options) {
    LinkOptions one =
        options.toBuilder().model(model).termFrequency(false).decisions(List.of()).build();
    Engine engine = Engine.run(List.of(a, b), one);
    Comparison cmp = new Comparison(engine.prepared);
    double lo = engine.logOdds(cmp, 0, 1);
    String conflict = cmp.conflict(0, 1);
    LinkOutcome outcome =
        lo < Engine.logit(options.threshold())
            ? LinkOutcome.BELOW_THRESHOLD
            : conflict.isEmpty() ? LinkOutcome.LINKED : LinkOutcome.BLOCKED;
    return new Link(
        engine.prepared.ids[0], engine.prepared.ids[1], LinkResult.probability(lo), lo,
        model.priorWeight(), LinkResult.evidence(engine, cmp, 0, 1), outcome,
        outcome == LinkOutcome.BLOCKED ? conflict : "");
  }
}
