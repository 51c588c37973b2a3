package org.guwah.core.geo;

import java.util.regex.Pattern;
import org.guwah.core.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * Where someone lives or something happened.
 *
 * <ul>
 *   <li>{@code country}: ISO 3166-1 alpha-2 — coded, stored in clear.
 *   <li>{@code countyCode}: six-digit GB/T 2260 county-level code (historic codes allowed) — coded,
 *       stored in clear.
 *   <li>{@code locality}: town or village name, and {@code detail}: street, address, compound —
 *       identity data, stored only encrypted and never published.
 * </ul>
 */
public record Place(
    @Nullable String country, @Nullable String countyCode, @Nullable String locality, @Nullable String detail) {
  private static final Pattern COUNTY = Pattern.compile("\\d{6}");

  public Place {
    Problems p = new Problems();
    if (country != null && !Countries.isKnown(country)) {
      p.add("country", "is not an ISO 3166-1 alpha-2 country code");
    }
    if (countyCode != null && !COUNTY.matcher(countyCode).matches()) {
      p.add("countyCode", "must be a six-digit GB/T 2260 code");
    }
    p.optionalText("locality", locality, 300);
    p.optionalText("detail", detail, 1000);
    if (country == null && countyCode == null && locality == null && detail == null) {
      p.add("", "a place needs at least one of country, countyCode, locality, detail");
    }
    p.throwIfAny();
  }

  /** Whether this place carries identifying detail (locality or address). */
  public boolean hasIdentifyingDetail() {
    return locality != null || detail != null;
  }

  /** The coded part only: what may be stored in clear and counted. */
  public @Nullable Place coded() {
    return country == null && countyCode == null ? null : new Place(country, countyCode, null, null);
  }

  @Override
  public String toString() {
    return "Place[country=" + country + ", countyCode=" + countyCode + (hasIdentifyingDetail() ? ", <detail redacted>]" : "]");
  }
}
