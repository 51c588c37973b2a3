package org.guwah.store.cases;

import java.util.UUID;

/** An update carried a version other than the stored one: someone else changed the record first. */
public final class VersionConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long currentVersion;

  public VersionConflictException(String kind, UUID id, long sentVersion, long currentVersion) {
    super(kind + " " + id + " is at version " + currentVersion + ", the update was based on version " + sentVersion
        + ": read it again and reapply the change");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
