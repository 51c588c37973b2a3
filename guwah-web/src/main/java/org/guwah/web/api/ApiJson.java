package org.guwah.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON configuration of an API: the strict mapper of {@link StrictJson} plus Jackson modules for
 * domain types with their own JSON form, and the declaration of which types travel as JSON strings
 * (for example a fuzzy date written {@code "early 2017"}), so that the OpenAPI document and the
 * request checks describe them as strings rather than as records. Immutable and thread-safe.
 *
 * <pre>{@code
 * ApiJson json = ApiJson.standard()
 *     .withModule(caseJsonModule)
 *     .withStringType(FuzzyDate.class, "A date, possibly partial: 2017, 2017-03, 2017-03-15, early 2017, 2016/2018.");
 * }</pre>
 */
public final class ApiJson {
  private final List<JacksonModule> modules;
  private final Map<Class<?>, String> stringTypes;
  private final JsonMapper mapper;

  private ApiJson(List<JacksonModule> modules, Map<Class<?>, String> stringTypes) {
    this.modules = List.copyOf(modules);
    this.stringTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stringTypes));
    this.mapper = StrictJson.mapper(this.modules);
  }

  /** No modules, no string types. */
  public static ApiJson standard() {
    return new ApiJson(List.of(), Map.of());
  }

  /** The same configuration with one more Jackson module on the mapper. */
  public ApiJson withModule(JacksonModule module) {
    List<JacksonModule> more = new ArrayList<>(modules);
    more.add(module);
    return new ApiJson(more, stringTypes);
  }

  /**
   * The same configuration, with values of {@code type} (read and written by a module) declared to be
   * JSON strings; {@code description} says what the string holds and is published in the OpenAPI
   * document as the description of a component schema named like the type.
   */
  public ApiJson withStringType(Class<?> type, String description) {
    Map<Class<?>, String> more = new LinkedHashMap<>(stringTypes);
    more.put(type, description);
    return new ApiJson(modules, more);
  }

  /** The strict mapper with the modules. */
  public JsonMapper mapper() {
    return mapper;
  }

  /** Types declared as JSON strings, with their descriptions. */
  public Map<Class<?>, String> stringTypes() {
    return stringTypes;
  }

  @Override
  public String toString() {
    return "ApiJson[" + modules.size() + " modules, string types " + stringTypes.keySet() + "]";
  }
}
