package org.guwah.forms.tables;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a child JVM with a small heap by {@link BigListTest}: reads the list file named by its
 * argument and prints {@code rows=N ... peakHeapMiB=N readMillis=N}. Test code only.
 */
public final class BigListProbe {
  private BigListProbe() {}

  public static void main(String[] args) throws Exception {
    AtomicInteger rows = new AtomicInteger();
    AtomicInteger truncated = new AtomicInteger();
    AtomicInteger dates = new AtomicInteger();
    AtomicInteger lastRow = new AtomicInteger();
    ListFileSummary summary;
    long start = System.nanoTime();
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      summary = ListFileReader.withDefaults().read(in, "big.xlsx", row -> {
        rows.incrementAndGet();
        if (row.truncatedBySpreadsheet(5)) {
          truncated.incrementAndGet();
        }
        if (row.has(4, ListCellFlag.DATE_CELL) && row.cell(4).matches("\\d{4}-\\d{2}-\\d{2}")) {
          dates.incrementAndGet();
        }
        lastRow.set(row.rowNumber());
      });
    }
    long readMillis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("rows=" + rows + " summaryRows=" + summary.rows() + " header=" + summary.headerRow()
        + " idColumn=" + summary.columns().indexOf(ListField.ID_NUMBER).orElse(-1) + " truncated=" + truncated
        + " dates=" + dates + " lastRow=" + lastRow + " peakHeapMiB=" + (peak >> 20) + " readMillis=" + readMillis);
  }
}
