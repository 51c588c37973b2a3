package org.guwah.core.sources;

import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.validation.Defaulted;
import org.guwah.core.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * Where information came from: an interview, a questionnaire answer, a list, a media report. A
 * source with {@code testimony} text is a testimony.
 *
 * <p>Coded fields (kind, reporter link and relation, date, language, verification level, consent)
 * stay in clear; {@code title}, {@code reference} (list name and row, URL, file name) and {@code
 * testimony} are stored only encrypted and redacted from {@link #toString()}. A missing verification
 * becomes {@code REPORTED}; missing consent means none was given.
 *
 * @param kind a {@code source_kind} code
 * @param reporterPersonId the person who gave the testimony, when recorded as a person
 * @param reporterRelation how the reporter relates to the people reported on (a {@code
 *     relationship} code), e.g. {@code CHILD} when a daughter reports her father's detention
 * @param language a {@code language} code of the original
 * @param verification a {@code verification} code (reported → documented)
 * @param consent what the source allowed the information to be used for
 */
public record Source(
    @Nullable UUID id,
    @Defaulted long version,
    String kind,
    @Nullable UUID reporterPersonId,
    @Nullable String reporterRelation,
    @Nullable FuzzyDate receivedOn,
    @Nullable String language,
    @Defaulted String verification,
    @Defaulted Consent consent,
    @Nullable String title,
    @Nullable String reference,
    @Nullable String testimony) {

  public static final int MAX_TESTIMONY = 1_000_000;

  @SuppressWarnings("ConstantConditions")
  public Source {
    verification = verification == null ? "REPORTED" : verification;
    consent = consent == null ? Consent.none() : consent;
    Problems p = new Problems();
    if (version < 0) {
      p.add("version", "must not be negative");
    }
    p.requireCode("kind", kind, "source_kind");
    p.optionalCode("reporterRelation", reporterRelation, "relationship");
    p.optionalCode("language", language, "language");
    p.requireCode("verification", verification, "verification");
    p.optionalText("title", title, 300);
    p.optionalText("reference", reference, 2000);
    p.optionalLongText("testimony", testimony, MAX_TESTIMONY);
    p.throwIfAny();
  }

  /** This source stored under {@code id} at {@code version}. */
  public Source withIdentity(UUID newId, long newVersion) {
    return new Source(newId, newVersion, kind, reporterPersonId, reporterRelation, receivedOn, language,
        verification, consent, title, reference, testimony);
  }

  /** A copy with different consent. */
  public Source withConsent(Consent newConsent) {
    return new Source(id, version, kind, reporterPersonId, reporterRelation, receivedOn, language, verification,
        newConsent, title, reference, testimony);
  }

  @Override
  public String toString() {
    return "Source[id=" + id + ", version=" + version + ", kind=" + kind + ", language=" + language
        + ", verification=" + verification + ", <text redacted>]";
  }
}
