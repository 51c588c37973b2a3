package org.guwah.core.detentions;

import java.util.List;
import java.util.UUID;
import org.guwah.core.geo.Place;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.validation.Defaulted;
import org.guwah.core.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * One event in a person's detention history: on {@code date} the person was in {@code status} (a
 * {@code detention_status} code: IN_CAMP, SENTENCED, DISAPPEARED...). A person's history is the list
 * of these events ordered by date.
 *
 * <p>Coded fields (status, date, place country and county code, facility, reason codes, sentence
 * length) stay in clear; {@code reasonText}, {@code charge} and the place's locality and detail are
 * stored only encrypted and redacted from {@link #toString()}.
 *
 * @param reasons {@code detention_reason} codes given or suspected
 * @param sentenceMonths sentence length in months, for {@code SENTENCED}
 */
public record Detention(
    @Nullable UUID id,
    @Defaulted long version,
    UUID personId,
    String status,
    @Nullable FuzzyDate date,
    @Nullable Place place,
    @Nullable String facility,
    @Defaulted List<String> reasons,
    @Nullable String reasonText,
    @Nullable String charge,
    @Nullable Integer sentenceMonths,
    @Defaulted List<UUID> sourceIds) {

  @SuppressWarnings("ConstantConditions")
  public Detention {
    reasons = reasons == null ? List.of() : reasons;
    sourceIds = sourceIds == null ? List.of() : sourceIds;
    Problems p = new Problems();
    if (version < 0) {
      p.add("version", "must not be negative");
    }
    p.require("personId", personId);
    p.requireCode("status", status, "detention_status");
    p.optionalText("facility", facility, 300);
    p.requireList("reasons", reasons, 0, 30);
    p.each("reasons", reasons, r -> {
      Problems q = new Problems();
      q.requireCode("", r, "detention_reason");
      q.throwIfAny();
    });
    p.optionalLongText("reasonText", reasonText, 20_000);
    p.optionalText("charge", charge, 1000);
    if (sentenceMonths != null && (sentenceMonths < 0 || sentenceMonths > 1200)) {
      p.add("sentenceMonths", "must be between 0 and 1200 (life: 1200)");
    }
    p.requireList("sourceIds", sourceIds, 0, 500);
    p.throwIfAny();
    reasons = List.copyOf(reasons);
    sourceIds = List.copyOf(sourceIds);
  }

  /** This event stored under {@code id} at {@code version}. */
  public Detention withIdentity(UUID newId, long newVersion) {
    return new Detention(newId, newVersion, personId, status, date, place, facility, reasons, reasonText, charge,
        sentenceMonths, sourceIds);
  }

  @Override
  public String toString() {
    return "Detention[id=" + id + ", version=" + version + ", personId=" + personId + ", status=" + status
        + ", date=" + date + ", reasons=" + reasons + ", <free text redacted>]";
  }
}
