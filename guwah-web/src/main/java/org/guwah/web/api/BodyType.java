package org.guwah.web.api;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a request or response body holds: nothing, one record, a JSON array of records, a
 * {@link Page} of records, or a free-form JSON object. Records are described in the OpenAPI document
 * by reflection (see {@link OpenApiDocument}).
 */
public sealed interface BodyType
    permits BodyType.None, BodyType.Single, BodyType.ListOf, BodyType.PageOf, BodyType.FreeForm,
        BodyType.Multipart, BodyType.Binary {

  /** No body (a request without body, a 204 response). */
  static BodyType none() {
    return None.INSTANCE;
  }

  /** One value of {@code type}, usually a record. */
  static BodyType of(Class<?> type) {
    return new Single(type);
  }

  /** A JSON array of {@code elementType}. */
  static BodyType listOf(Class<?> elementType) {
    return new ListOf(elementType);
  }

  /** A {@link Page} of {@code elementType}. */
  static BodyType pageOf(Class<?> elementType) {
    return new PageOf(elementType);
  }

  /** Any JSON object (a {@code Map} or a Jackson {@code JsonNode}); documented as {@code object}. */
  static BodyType freeForm() {
    return FreeForm.INSTANCE;
  }

  /**
   * A {@code multipart/form-data} request body with text fields and one file part, which the
   * handler reads as a stream (the server does not read it first); documented with {@code fields}
   * and the file part {@code fileField}.
   */
  static BodyType multipart(String fileField, String fileDescription, List<ApiParam> fields) {
    return new Multipart(fileField, fileDescription, fields);
  }

  /**
   * A response the handler writes itself, as bytes of one of {@code mediaTypes} (e.g. a stored
   * file); the handler returns null and sets status and headers.
   */
  static BodyType binary(String... mediaTypes) {
    return new Binary(List.of(mediaTypes));
  }

  /** The Java type a body of this kind binds to; {@code Void} for none. */
  Type javaType();

  /** Whether this is {@link #none()}. */
  default boolean isNone() {
    return false;
  }

  /** Whether a handler's return value fits this body type. */
  boolean accepts(@Nullable Object value);

  /** No body. */
  enum None implements BodyType {
    INSTANCE;

    @Override
    public Type javaType() {
      return Void.class;
    }

    @Override
    public boolean isNone() {
      return true;
    }

    @Override
    public boolean accepts(@Nullable Object value) {
      return value == null;
    }
  }

  /** One value of {@code type}. */
  record Single(Class<?> type) implements BodyType {
    public Single {
      if (type == Void.class || type == void.class || type.isPrimitive()) {
        throw new IllegalArgumentException("body type must be a reference type other than Void");
      }
    }

    @Override
    public Type javaType() {
      return type;
    }

    @Override
    public boolean accepts(@Nullable Object value) {
      return type.isInstance(value);
    }
  }

  /** A JSON array of {@code elementType}. */
  record ListOf(Class<?> elementType) implements BodyType {
    @Override
    public Type javaType() {
      return Types.parameterized(List.class, elementType);
    }

    @Override
    public boolean accepts(@Nullable Object value) {
      return value instanceof List;
    }
  }

  /** A {@link Page} of {@code elementType}. */
  record PageOf(Class<?> elementType) implements BodyType {
    @Override
    public Type javaType() {
      return Types.parameterized(Page.class, elementType);
    }

    @Override
    public boolean accepts(@Nullable Object value) {
      return value instanceof Page;
    }
  }

  /** Any JSON object. */
  enum FreeForm implements BodyType {
    INSTANCE;

    @Override
    public Type javaType() {
      return Map.class;
    }

    @Override
    public boolean accepts(@Nullable Object value) {
      return value instanceof Map || value instanceof tools.jackson.databind.node.ObjectNode;
    }
  }

  /** A {@code multipart/form-data} body read by the handler as a stream. */
  record Multipart(String fileField, String fileDescription, List<ApiParam> fields) implements BodyType {
    public Multipart {
      fields = List.copyOf(fields);
      if (fileField.isBlank() || fields.stream().anyMatch(f -> f.name().equals(fileField))) {
        throw new IllegalArgumentException("the file field needs a name of its own");
      }
    }

    @Override
    public Type javaType() {
      return Void.class;
    }

    @Override
    public boolean accepts(@Nullable Object value) {
      return false;
    }
  }

  /** Bytes the handler writes itself. */
  record Binary(List<String> mediaTypes) implements BodyType {
    public Binary {
      mediaTypes = List.copyOf(mediaTypes);
      if (mediaTypes.isEmpty()) {
        throw new IllegalArgumentException("name at least one media type");
      }
    }

    @Override
    public Type javaType() {
      return Void.class;
    }

    @Override
    public boolean accepts(@Nullable Object value) {
      return value == null;
    }
  }
}
