package org.guwah.core.consent;

import java.time.LocalDate;
import org.guwah.core.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * Consent for one purpose: its status, when and how it was given or refused ({@code method}, a
 * {@code consent_method} code), and when it was withdrawn. A withdrawn entry keeps the original
 * grant date so the history stays readable.
 */
public record ConsentEntry(
    ConsentStatus status, @Nullable LocalDate recordedOn, @Nullable String method, @Nullable LocalDate withdrawnOn) {
  public ConsentEntry {
    Problems p = new Problems();
    p.require("status", status);
    p.optionalCode("method", method, "consent_method");
    if (status == ConsentStatus.GRANTED && method == null) {
      p.add("method", "is required when consent is granted (how was it given?)");
    }
    if (status == ConsentStatus.WITHDRAWN && withdrawnOn == null) {
      p.add("withdrawnOn", "is required when consent is withdrawn");
    }
    if (status != ConsentStatus.WITHDRAWN && withdrawnOn != null) {
      p.add("withdrawnOn", "is only allowed when consent is withdrawn");
    }
    if (recordedOn != null && withdrawnOn != null && withdrawnOn.isBefore(recordedOn)) {
      p.add("withdrawnOn", "is before the consent was recorded");
    }
    p.throwIfAny();
  }

  public static ConsentEntry granted(LocalDate on, String method) {
    return new ConsentEntry(ConsentStatus.GRANTED, on, method, null);
  }

  public static ConsentEntry refused(LocalDate on) {
    return new ConsentEntry(ConsentStatus.REFUSED, on, null, null);
  }

  /** This consent, withdrawn on {@code day}. */
  public ConsentEntry withdraw(LocalDate day) {
    return new ConsentEntry(ConsentStatus.WITHDRAWN, recordedOn, method, day);
  }
}
