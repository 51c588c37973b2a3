package org.guwah.store.backup;

import java.util.ArrayList;
import java.util.List;

/** Remembers each phase with its announced total and the rows it advanced by. */
final class RecordingProgress implements BackupProgress {
  record Phase(String name, long total, long advanced, boolean finished) {}

  private final List<Phase> phases = new ArrayList<>();

  @Override
  public void start(String phase, long totalRows) {
    phases.add(new Phase(phase, totalRows, 0, false));
  }

  @Override
  public void advance(long rows) {
    Phase current = phases.remove(phases.size() - 1);
    phases.add(new Phase(current.name(), current.total(), current.advanced() + rows, false));
  }

  @Override
  public void finish() {
    Phase current = phases.remove(phases.size() - 1);
    phases.add(new Phase(current.name(), current.total(), current.advanced(), true));
  }

  List<Phase> phases() {
    return List.copyOf(phases);
  }
}
