package org.guwah.web.json;

import org.guwah.core.time.FuzzyDate;
import org.guwah.core.time.InvalidFuzzyDateException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of Guwah's records, shared by the HTTP API and the JSON import/export, so a file
 * exported by one installation imports into another. Strict: unknown properties, duplicate keys,
 * numbers for enums and floats for integers are refused. Fuzzy dates are written and read as their
 * text form ({@code "2017-03"}, {@code "early 2017"}, {@code "2016/2018"}).
 */
public final class CaseJson {
  /** The longest string value accepted (a testimony is at most 1,000,000 characters). */
  public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

  private static final JsonMapper MAPPER = build();

  private CaseJson() {}

  /** The shared, thread-safe mapper. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  private static JsonMapper build() {
    SimpleModule module = new SimpleModule("guwah-case-json");
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
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNestingDepth(100)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build();
  }
}
