package org.guwah.web.json;

import java.time.Duration;
import java.util.Set;
import org.guwah.core.detentions.Detention;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.time.InvalidFuzzyDateException;
import org.guwah.web.api.ApiJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of Guwah's records, shared by the HTTP API and the JSON import/export, so a file
 * exported by one installation imports into another: the API's strict mapper ({@link
 * org.guwah.web.api.StrictJson}: unknown properties, duplicate keys, coercions refused) plus fuzzy
 * dates written and read as their text form ({@code "2017-03"}, {@code "early 2017"}, {@code
 * "2016/2018"}).
 */
public final class CaseJson {
  /** Records whose JSON the API remembers per instance (see {@link RecordFragments}). */
  private static final Set<Class<?>> RECORD_TYPES = Set.of(Person.class, Source.class, Incident.class,
      Detention.class, Relationship.class);
  private static final JsonMapper PLAIN = ApiJson.standard().withModule(fuzzyDates()).mapper();
  private static final RecordFragments FRAGMENTS = new RecordFragments(1 << 14, Duration.ofMinutes(10));
  private static final ApiJson API_JSON = ApiJson.standard()
      .withModule(fuzzyDates())
      .withModule(FRAGMENTS.module(RECORD_TYPES, PLAIN))
      .withStringType(FuzzyDate.class, "a date as precise as known: 2017, 2017-03, 2017-03-15, early/mid/late 2017,"
          + " or a range such as 2016/2018");

  private CaseJson() {}

  /** The API's JSON configuration with Guwah's value types. */
  public static ApiJson apiJson() {
    return API_JSON;
  }

  /**
   * The shared, thread-safe mapper for files and tests: the API's configuration without its memory
   * of record fragments (an export must not fill that memory, and may be pretty-printed).
   */
  public static JsonMapper mapper() {
    return PLAIN;
  }

  private static SimpleModule fuzzyDates() {
    SimpleModule module = new SimpleModule("guwah-fuzzy-dates");
    module.addSerializer(FuzzyDate.class, new ValueSerializer<FuzzyDate>() {
      @Override
      public void serialize(FuzzyDate value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeString(value.toString());
      }
    });
    module.addDeserializer(FuzzyDate.class, new ValueDeserializer<FuzzyDate>() {
      @Override
      public FuzzyDate deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return (FuzzyDate) ctxt.handleUnexpectedToken(FuzzyDate.class, p);
        }
        try {
          return FuzzyDate.parse(p.getString());
        } catch (InvalidFuzzyDateException e) {
          throw ctxt.weirdStringException("", FuzzyDate.class, e.getMessage());
        }
      }
    });
    return module;
  }
}
