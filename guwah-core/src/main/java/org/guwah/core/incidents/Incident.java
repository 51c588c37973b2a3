package org.guwah.core.incidents;

import java.util.List;
import java.util.UUID;
import org.guwah.core.geo.Countries;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.validation.Defaulted;
import org.guwah.core.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * One act of transnational repression: "who did what to whom". One incident may combine tactics (a
 * call that threatens the family and demands a passport copy is {@code THREAT_FAMILY} and {@code
 * INFO_DEMAND}).
 *
 * <p>Coded fields (tactics, channel, perpetrator and its country, date, host country and city,
 * person links) stay in clear; {@code description}, free text that may name people, is stored only
 * encrypted and redacted from {@link #toString()}. Missing channel or perpetrator becomes {@code
 * UNKNOWN}; missing lists become empty.
 *
 * @param tactics {@code tactic} codes, at least one
 * @param targetPersonId the person abroad who was targeted
 * @param relativeIds relatives involved (threatened, detained, made to call)
 * @param hostCountry ISO country where the target lives
 * @param hostCity city in the host country (coarse, publishable after disclosure control)
 */
public record Incident(
    @Nullable UUID id,
    @Defaulted long version,
    List<String> tactics,
    @Defaulted String channel,
    @Defaulted String perpetrator,
    @Nullable String perpetratorCountry,
    @Nullable UUID targetPersonId,
    @Defaulted List<UUID> relativeIds,
    @Nullable FuzzyDate date,
    @Nullable String hostCountry,
    @Nullable String hostCity,
    @Nullable String description,
    @Defaulted List<UUID> sourceIds) {

  public static final int MAX_DESCRIPTION = 100_000;

  @SuppressWarnings("ConstantConditions")
  public Incident {
    tactics = tactics == null ? List.of() : tactics;
    relativeIds = relativeIds == null ? List.of() : relativeIds;
    sourceIds = sourceIds == null ? List.of() : sourceIds;
    channel = channel == null ? "UNKNOWN" : channel;
    perpetrator = perpetrator == null ? "UNKNOWN" : perpetrator;
    Problems p = new Problems();
    if (version < 0) {
      p.add("version", "must not be negative");
    }
    p.requireList("tactics", tactics, 1, 20);
    p.each("tactics", tactics, t -> {
      Problems q = new Problems();
      q.requireCode("", t, "tactic");
      q.throwIfAny();
    });
    if (tactics.stream().distinct().count() != tactics.size()) {
      p.add("tactics", "lists a tactic twice");
    }
    p.requireCode("channel", channel, "channel");
    p.requireCode("perpetrator", perpetrator, "perpetrator");
    country(p, "perpetratorCountry", perpetratorCountry);
    country(p, "hostCountry", hostCountry);
    p.requireList("relativeIds", relativeIds, 0, 200);
    p.optionalText("hostCity", hostCity, 200);
    p.optionalLongText("description", description, MAX_DESCRIPTION);
    p.requireList("sourceIds", sourceIds, 0, 500);
    if (targetPersonId != null && relativeIds.contains(targetPersonId)) {
      p.add("relativeIds", "must not contain the target person");
    }
    p.throwIfAny();
    tactics = List.copyOf(tactics);
    relativeIds = List.copyOf(relativeIds);
    sourceIds = List.copyOf(sourceIds);
  }

  static void country(Problems p, String field, @Nullable String code) {
    if (code != null && !Countries.isKnown(code)) {
      p.add(field, "is not an ISO 3166-1 alpha-2 country code");
    }
  }

  /** This incident stored under {@code id} at {@code version}. */
  public Incident withIdentity(UUID newId, long newVersion) {
    return new Incident(newId, newVersion, tactics, channel, perpetrator, perpetratorCountry, targetPersonId,
        relativeIds, date, hostCountry, hostCity, description, sourceIds);
  }

  @Override
  public String toString() {
    return "Incident[id=" + id + ", version=" + version + ", tactics=" + tactics + ", channel=" + channel
        + ", perpetrator=" + perpetrator + ", date=" + date + ", hostCountry=" + hostCountry
        + ", description=" + (description == null ? "none" : "<redacted>") + "]";
  }
}
