package org.guwah.store.backup;

import java.util.List;

/**
 * The last entry of an archive's encrypted body: the digests of every table's data, in manifest
 * order.
 *
 * @param tables one digest per table of the manifest
 */
record Digests(List<TableDigest> tables) {
  Digests {
    tables = List.copyOf(tables);
  }
}
