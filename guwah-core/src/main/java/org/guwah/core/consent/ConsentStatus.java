package org.guwah.core.consent;

/** The state of consent for one purpose. Only {@link #GRANTED} permits the purpose. */
public enum ConsentStatus {
  GRANTED(true),
  REFUSED(false),
  WITHDRAWN(false);

  private final boolean permits;

  ConsentStatus(boolean permits) {
    this.permits = permits;
  }

  /** Whether data may be used for the purpose in this state. */
  public boolean permits() {
    return permits;
  }
}
