package org.guwah.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Strict parsers for text values from URLs; each returns {@code null} for a malformed value. */
final class StrictValues {
  private static final Pattern UUID_FORM =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern INTEGER_FORM = Pattern.compile("-?[0-9]{1,18}");

  private StrictValues() {}

  static @Nullable UUID uuid(String raw) {
    return UUID_FORM.matcher(raw).matches() ? UUID.fromString(raw) : null;
  }

  static @Nullable Long integer(String raw) {
    return INTEGER_FORM.matcher(raw).matches() ? Long.parseLong(raw) : null;
  }

  static @Nullable Boolean bool(String raw) {
    if (raw.equals("true")) {
      return Boolean.TRUE;
    }
    return raw.equals("false") ? Boolean.FALSE : null;
  }

  static @Nullable LocalDate date(String raw) {
    if (raw.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
