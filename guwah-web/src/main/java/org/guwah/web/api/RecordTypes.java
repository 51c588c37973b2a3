package org.guwah.web.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reflection over records shared by the schema generator and the request-body checker. */
final class RecordTypes {
  private RecordTypes() {}

  /** A record component with its type resolved against the record's type arguments. */
  /**
   * A record component with its type resolved against the record's type arguments.
   *
   * @param nullable annotated {@code @Nullable}: may be absent or {@code null}
   * @param defaulted annotated {@code @Defaulted}: may be absent (the record's constructor fills in a
   *     default), but not {@code null}
   */
  record Component(String name, Type type, boolean nullable, boolean defaulted, @Nullable ApiDoc doc) {
    /** Whether a client may leave the component out. */
    boolean optional() {
      return nullable || defaulted;
    }
  }

  /** The raw class of {@code type}, or {@code null} for type variables and wildcards. */
  static @Nullable Class<?> rawClass(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return null;
  }

  /** The type arguments of {@code type}, empty for a plain class. */
  static Type[] typeArguments(Type type) {
    return type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments() : new Type[0];
  }

  /** Whether {@code type} is a record (possibly parameterized). */
  static boolean isRecord(Type type) {
    Class<?> raw = rawClass(type);
    return raw != null && raw.isRecord();
  }

  /** The components of the record {@code type}, with type variables resolved. */
  static List<Component> components(Type type) {
    Class<?> raw = rawClass(type);
    if (raw == null || !raw.isRecord()) {
      throw new IllegalArgumentException("not a record: " + type.getTypeName());
    }
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    TypeVariable<?>[] variables = raw.getTypeParameters();
    Type[] arguments = typeArguments(type);
    if (arguments.length != variables.length) {
      throw new IllegalArgumentException("raw generic record needs type arguments: " + raw.getName());
    }
    for (int i = 0; i < variables.length; i++) {
      bindings.put(variables[i], arguments[i]);
    }
    List<Component> result = new ArrayList<>();
    for (RecordComponent rc : raw.getRecordComponents()) {
      result.add(new Component(rc.getName(), resolve(rc.getGenericType(), bindings),
          hasMarker(rc, "Nullable"), hasMarker(rc, "Defaulted"),
          rc.getAnnotation(ApiDoc.class)));
    }
    return result;
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable) {
      Type bound = bindings.get(type);
      if (bound == null) {
        throw new IllegalArgumentException("unbound type variable " + type.getTypeName());
      }
      return bound;
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Type[] args = p.getActualTypeArguments().clone();
      for (int i = 0; i < args.length; i++) {
        args[i] = resolve(args[i], bindings);
      }
      return Types.parameterized((Class<?>) p.getRawType(), args);
    }
    return type;
  }

  /**
   * Whether the component carries an annotation with this simple name, on the component or on its
   * type: {@code Nullable} (JSpecify or any other) or {@code Defaulted}
   * ({@code org.guwah.core.validation.Defaulted}: the record fills in a default when it is left out).
   */
  static boolean hasMarker(RecordComponent rc, String simpleName) {
    AnnotatedType annotated = rc.getAnnotatedType();
    for (Annotation a : annotated.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    for (Annotation a : rc.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }
}
