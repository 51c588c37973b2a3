package org.guwah.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON mapper of the API, configured to accept only what a record declares, in the type it
 * declares:
 *
 * <ul>
 *   <li>unknown properties, {@code null} for primitives, numbers for enums, floats for integers,
 *       strings for numbers or booleans (and the reverse), empty strings for objects are rejected;
 *   <li>a property repeated within one object is a parse error;
 *   <li>trailing content after the JSON value is rejected;
 *   <li>read limits: strings of at most {@value #MAX_STRING_LENGTH} characters, nesting depth at most
 *       {@value #MAX_NESTING_DEPTH}, property names at most {@value #MAX_NAME_LENGTH} characters;
 *   <li>output omits {@code null} properties and writes dates as ISO-8601 strings.
 * </ul>
 *
 * <p>Thread-safe once built.
 */
public final class StrictJson {
  /** Longest JSON string accepted, in characters: 16 MiB. */
  public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;
  /** Deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 100;
  /** Longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1000;

  private StrictJson() {}

  /** A new strict mapper. */
  public static JsonMapper mapper() {
    return mapper(java.util.List.of());
  }

  /** A new strict mapper with {@code modules} added (after the strict settings). */
  public static JsonMapper mapper(java.util.List<tools.jackson.databind.JacksonModule> modules) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .changeDefaultPropertyInclusion(
            incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .withCoercionConfigDefaults(cfg -> {
          cfg.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
        })
        .withCoercionConfig(LogicalType.Textual, cfg -> {
          cfg.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
        })
        .withCoercionConfig(LogicalType.Integer, cfg -> {
          cfg.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        })
        .withCoercionConfig(LogicalType.Float, cfg -> {
          cfg.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        })
        .withCoercionConfig(LogicalType.Boolean, cfg -> {
          cfg.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        })
        .withCoercionConfig(LogicalType.Enum, cfg -> {
          cfg.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        })
        .addModules(modules)
        .build();
  }
}
