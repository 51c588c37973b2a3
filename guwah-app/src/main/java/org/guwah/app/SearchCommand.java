package org.guwah.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.guwah.search.SearchIndexIoException;
import org.guwah.store.search.SearchOutbox;
import org.guwah.web.search.IndexKeeper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code guwah search reindex|status}: the full-text index under DATA/search (ADR 0014). */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"The full-text search index (DATA/search): derived from the database, which stays the truth.",
        "reindex: rebuild it from the database (with a running server: ask the server to rebuild it);",
        "status: documents, queued records, whether it must be rebuilt."},
    subcommands = {SearchCommand.Reindex.class, SearchCommand.Status.class})
final class SearchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "reindex", mixinStandardHelpOptions = true,
      description = {"Rebuild the search index from the database, with progress. The old index answers until the",
          "new one replaces it in one step. With an external database (--db) and a running server holding",
          "the index, the server is asked to rebuild it instead (within seconds); with the embedded",
          "database, stop the server first (it rebuilds a missing or outdated index by itself)."})
  static final class Reindex implements Callable<Integer> {
    @Mixin GlobalOptions options = new GlobalOptions();

    @Option(names = "--share", paramLabel = "FILE", description = "A custody share file, for a sealed keys folder")
    List<Path> shareFiles = new ArrayList<>();

    @Override
    public Integer call() {
      try (Installation inst = AuditCommand.installation(options, shareFiles)) {
        IndexKeeper keeper;
        try {
          keeper = IndexKeeper.open(inst.searchDir(), inst.store(), inst.keys());
        } catch (SearchIndexIoException e) {
          SearchOutbox.of(inst.database().jdbi()).requestRebuild();
          System.out.println("A running server holds the search index in " + inst.searchDir()
              + "; it was asked to rebuild it and will do so within seconds (its log says when it is done).");
          return 0;
        }
        try (keeper) {
          long start = System.nanoTime();
          Progress[] progress = {null};
          long[] reported = {0};
          long n = keeper.rebuild((done, total) -> {
            if (progress[0] == null) {
              progress[0] = Progress.onStderr("indexing", total);
            }
            progress[0].advance(done - reported[0]);
            reported[0] = done;
          });
          if (progress[0] != null) {
            progress[0].finish();
          }
          System.out.printf("search index rebuilt: %,d records in %.1f s (%s)%n", n, (System.nanoTime() - start) / 1e9,
              inst.searchDir());
        }
      }
      return 0;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Show the index's document count, the records queued for it and whether it must be rebuilt.")
  static final class Status implements Callable<Integer> {
    @Mixin GlobalOptions options = new GlobalOptions();

    @Option(names = "--share", paramLabel = "FILE", description = "A custody share file, for a sealed keys folder")
    List<Path> shareFiles = new ArrayList<>();

    @Override
    public Integer call() {
      try (Installation inst = AuditCommand.installation(options, shareFiles)) {
        SearchOutbox outbox = SearchOutbox.of(inst.database().jdbi());
        System.out.printf("queued for indexing: %,d records%n", outbox.size());
        outbox.rebuildRequested().ifPresent(at -> System.out.println("rebuild requested at " + at));
        try (IndexKeeper keeper = IndexKeeper.open(inst.searchDir(), inst.store(), inst.keys())) {
          System.out.println("index: " + inst.searchDir());
          System.out.println(keeper.reindexRequired()
              .map(r -> "must be rebuilt: " + r.description() + " (run `guwah search reindex`, or start the server)")
              .orElse(String.format("usable, %,d documents", keeper.documentCount())));
        } catch (SearchIndexIoException e) {
          System.out.println("index: " + inst.searchDir() + " is held by a running server");
        }
      }
      return 0;
    }
  }
}
