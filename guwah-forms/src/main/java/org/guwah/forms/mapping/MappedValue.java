package org.guwah.forms.mapping;

import java.util.List;
import org.guwah.core.time.FuzzyDate;
import org.guwah.forms.MappingTarget;
import org.guwah.forms.MappingValueKind;
import org.jspecify.annotations.Nullable;

/**
 * The value of one mapping target in one record, typed by {@link MappingValueKind}: text (single
 * line for {@code TEXT}: line breaks become spaces), a code, codes, a country code, a {@link
 * FuzzyDate}, a whole number, or a county code. Accessors for another kind throw {@link
 * IllegalStateException}. Immutable; {@link #toString()} never shows the value.
 */
public final class MappedValue {
  private final MappingTarget target;
  private final @Nullable String text;
  private final List<String> codes;
  private final @Nullable FuzzyDate date;
  private final @Nullable Long integer;

  private MappedValue(MappingTarget target, @Nullable String text, List<String> codes, @Nullable FuzzyDate date,
      @Nullable Long integer) {
    this.target = target;
    this.text = text;
    this.codes = List.copyOf(codes);
    this.date = date;
    this.integer = integer;
  }

  static MappedValue text(MappingTarget t, String text) {
    return new MappedValue(t, text, List.of(), null, null);
  }

  static MappedValue codes(MappingTarget t, List<String> codes) {
    return new MappedValue(t, null, codes, null, null);
  }

  static MappedValue date(MappingTarget t, FuzzyDate date) {
    return new MappedValue(t, null, List.of(), date, null);
  }

  static MappedValue integer(MappingTarget t, long value) {
    return new MappedValue(t, null, List.of(), null, value);
  }

  public MappingTarget target() {
    return target;
  }

  public MappingValueKind kind() {
    return target.kind();
  }

  /** TEXT, LONG_TEXT and COUNTY_CODE values. */
  public String text() {
    if (text == null || target.kind() == MappingValueKind.CODE || target.kind() == MappingValueKind.COUNTRY) {
      throw wrong("text");
    }
    return text;
  }

  /** CODE and COUNTRY values. */
  public String code() {
    if (target.kind() != MappingValueKind.CODE && target.kind() != MappingValueKind.COUNTRY) {
      throw wrong("code");
    }
    return codes.get(0);
  }

  /** CODES values (also a CODE as a one-element list). */
  public List<String> codes() {
    if (target.kind() != MappingValueKind.CODES && target.kind() != MappingValueKind.CODE
        && target.kind() != MappingValueKind.COUNTRY) {
      throw wrong("codes");
    }
    return codes;
  }

  /** FUZZY_DATE values. */
  public FuzzyDate fuzzyDate() {
    if (date == null) {
      throw wrong("date");
    }
    return date;
  }

  /** INTEGER values. */
  public long integer() {
    if (integer == null) {
      throw wrong("whole number");
    }
    return integer;
  }

  private IllegalStateException wrong(String what) {
    return new IllegalStateException(target.code() + " holds a " + target.kind() + " value, not a " + what);
  }

  @Override
  public String toString() {
    return "MappedValue[" + target.code() + ", " + (target.identity() ? "<identity redacted>" : "<redacted>") + "]";
  }
}
