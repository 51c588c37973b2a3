package org.guwah.web.json;

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
  private static final ApiJson API_JSON = ApiJson.standard()
      .withModule(fuzzyDates())
      .withStringType(FuzzyDate.class, "a date as precise as known: 2017, 2017-03, 2017-03-15, early/mid/late 2017,"
          + " or a range such as 2016/2018");
  private static final JsonMapper MAPPER = API_JSON.mapper();

  private CaseJson() {}

  /** The API's JSON configuration with Guwah's value types. */
  public static ApiJson apiJson() {
    return API_JSON;
  }

  /** The shared, thread-safe mapper. */
  public static JsonMapper mapper() {
    return MAPPER;
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
