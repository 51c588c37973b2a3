package org.guwah.web.api;

import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives JSON Schemas (OpenAPI 3.1 dialect) from Java types by reflection, collecting records and
 * enums as named component schemas. Not thread-safe: use one per document.
 *
 * <p>Supported: {@code String}, {@code boolean}, {@code int}, {@code long}, {@code double} (and their
 * wrappers), {@code UUID}, {@code LocalDate}, {@code Instant}, enums, {@code List}/{@code Set} of a
 * supported type, {@code Map<String, T>}, records (also generic ones such as {@link Page}), and
 * {@code Map}/{@code JsonNode} as free-form objects, enum-keyed maps, and the types declared as
 * strings in {@link ApiJson#stringTypes()}. Any other type throws
 * {@link IllegalArgumentException}, so an unsupported DTO fails at server start, not at run time.
 */
final class SchemaRegistry {
  static final String REF_PREFIX = "#/components/schemas/";

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Map<String, ObjectNode> components = new TreeMap<>();
  private final Map<String, Type> owners = new HashMap<>();
  private final Map<Class<?>, String> stringTypes;

  /** @param stringTypes types written as JSON strings by a custom serializer, with descriptions */
  SchemaRegistry(Map<Class<?>, String> stringTypes) {
    this.stringTypes = Map.copyOf(stringTypes);
  }

  /** The schema of {@code type}: inline for scalars and containers, a {@code $ref} for records and enums. */
  ObjectNode schemaOf(Type type) {
    Class<?> raw = RecordTypes.rawClass(type);
    if (raw == null) {
      throw unsupported(type);
    }
    if (raw == String.class) {
      return scalar("string", null);
    }
    String stringType = stringTypes.get(raw);
    if (stringType != null) {
      return reference(type, () -> scalar("string", null).put("description", stringType));
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return scalar("boolean", null);
    }
    if (raw == int.class || raw == Integer.class) {
      return scalar("integer", "int32");
    }
    if (raw == long.class || raw == Long.class) {
      return scalar("integer", "int64");
    }
    if (raw == double.class || raw == Double.class) {
      return scalar("number", "double");
    }
    if (raw == UUID.class) {
      return scalar("string", "uuid");
    }
    if (raw == LocalDate.class) {
      return scalar("string", "date");
    }
    if (raw == Instant.class) {
      return scalar("string", "date-time");
    }
    if (raw.isEnum()) {
      return reference(type, () -> enumSchema(raw));
    }
    if (List.class == raw || Set.class == raw || Collection.class == raw) {
      Type[] args = RecordTypes.typeArguments(type);
      if (args.length != 1) {
        throw unsupported(type);
      }
      ObjectNode schema = nodes.objectNode().put("type", "array");
      schema.set("items", schemaOf(args[0]));
      if (raw == Set.class) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }
    if (Map.class == raw || JsonNode.class.isAssignableFrom(raw)) {
      Type[] args = RecordTypes.typeArguments(type);
      ObjectNode schema = nodes.objectNode().put("type", "object");
      if (args.length == 2) {
        Class<?> key = RecordTypes.rawClass(args[0]);
        if (key != null && key.isEnum()) {
          schema.set("propertyNames", schemaOf(key));
        } else if (key != String.class) {
          throw new IllegalArgumentException("map keys must be String or an enum: " + type.getTypeName());
        }
        schema.set("additionalProperties", schemaOf(args[1]));
      }
      return schema;
    }
    if (raw.isRecord()) {
      return reference(type, () -> recordSchema(type));
    }
    throw unsupported(type);
  }

  /** All component schemas registered so far, by name. */
  ObjectNode components() {
    ObjectNode result = nodes.objectNode();
    components.forEach(result::set);
    return result;
  }

  private ObjectNode scalar(String type, @Nullable String format) {
    ObjectNode schema = nodes.objectNode().put("type", type);
    if (format != null) {
      schema.put("format", format);
    }
    return schema;
  }

  private ObjectNode reference(Type type, java.util.function.Supplier<ObjectNode> definition) {
    String name = componentName(type);
    Type owner = owners.get(name);
    if (owner == null) {
      owners.put(name, type);
      components.put(name, nodes.objectNode());
      components.put(name, definition.get());
    } else if (!owner.equals(type)) {
      throw new IllegalArgumentException("two types share the schema name " + name + ": "
          + owner.getTypeName() + " and " + type.getTypeName());
    }
    return nodes.objectNode().put("$ref", REF_PREFIX + name);
  }

  private ObjectNode enumSchema(Class<?> type) {
    ObjectNode schema = nodes.objectNode().put("type", "string");
    describe(schema, type.getAnnotation(ApiDoc.class));
    ArrayNode values = schema.putArray("enum");
    for (Object constant : type.getEnumConstants()) {
      values.add(((Enum<?>) constant).name());
    }
    return schema;
  }

  private ObjectNode recordSchema(Type type) {
    ObjectNode schema = nodes.objectNode().put("type", "object");
    Class<?> raw = RecordTypes.rawClass(type);
    describe(schema, raw == null ? null : raw.getAnnotation(ApiDoc.class));
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = nodes.arrayNode();
    for (RecordTypes.Component c : RecordTypes.components(type)) {
      properties.set(c.name(), propertySchema(c));
      if (!c.optional()) {
        required.add(c.name());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private ObjectNode propertySchema(RecordTypes.Component c) {
    ObjectNode schema = schemaOf(c.type());
    ApiDoc doc = c.doc();
    if (doc != null) {
      applyLimits(schema, doc, c);
    }
    if (c.nullable()) {
      schema = allowNull(schema);
    }
    describe(schema, doc);
    return schema;
  }

  private void applyLimits(ObjectNode schema, ApiDoc doc, RecordTypes.Component c) {
    String kind = schema.has("$ref") ? "ref" : schema.path("type").asString("");
    boolean isString = kind.equals("string");
    boolean isNumber = kind.equals("integer") || kind.equals("number");
    boolean isContainer = kind.equals("array") || kind.equals("object");
    if ((doc.maxLength() != ApiDoc.UNSET || doc.minLength() != ApiDoc.UNSET) && !isString) {
      throw misplaced(c, "maxLength/minLength");
    }
    if (doc.maxItems() != ApiDoc.UNSET && !isContainer) {
      throw misplaced(c, "maxItems");
    }
    if ((doc.minimum() != ApiDoc.UNSET || doc.maximum() != ApiDoc.UNSET) && !isNumber) {
      throw misplaced(c, "minimum/maximum");
    }
    if (!doc.vocabulary().isEmpty() && !isString) {
      throw misplaced(c, "vocabulary");
    }
    putIfSet(schema, "maxLength", doc.maxLength());
    putIfSet(schema, "minLength", doc.minLength());
    putIfSet(schema, kind.equals("object") ? "maxProperties" : "maxItems", doc.maxItems());
    putIfSet(schema, "minimum", doc.minimum());
    putIfSet(schema, "maximum", doc.maximum());
    if (!doc.vocabulary().isEmpty()) {
      schema.put("x-vocabulary", doc.vocabulary());
    }
  }

  private static void putIfSet(ObjectNode schema, String key, long value) {
    if (value != ApiDoc.UNSET) {
      schema.put(key, value);
    }
  }

  private ObjectNode allowNull(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isString()) {
      ArrayNode types = nodes.arrayNode().add(type.asString()).add("null");
      schema.set("type", types);
      return schema;
    }
    ObjectNode wrapper = nodes.objectNode();
    wrapper.putArray("anyOf").add(schema).add(nodes.objectNode().put("type", "null"));
    return wrapper;
  }

  private static void describe(ObjectNode schema, @Nullable ApiDoc doc) {
    if (doc != null && !doc.description().isEmpty()) {
      schema.put("description", doc.description());
    }
  }

  /** The component name of a record or enum: nested names joined by dots, generics as {@code PageOfX}. */
  static String componentName(Type type) {
    Class<?> raw = RecordTypes.rawClass(type);
    if (raw == null) {
      throw unsupported(type);
    }
    StringBuilder name = new StringBuilder(raw.getSimpleName());
    for (Class<?> outer = raw.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      name.insert(0, outer.getSimpleName() + ".");
    }
    Type[] args = RecordTypes.typeArguments(type);
    for (int i = 0; i < args.length; i++) {
      name.append(i == 0 ? "Of" : "And").append(componentName(args[i]).replace(".", ""));
    }
    return name.toString();
  }

  private static IllegalArgumentException unsupported(Type type) {
    return new IllegalArgumentException("type not supported in API schemas: " + type.getTypeName());
  }

  private static IllegalArgumentException misplaced(RecordTypes.Component c, String what) {
    return new IllegalArgumentException("@ApiDoc " + what + " does not fit the type of component " + c.name());
  }
}
