package org.guwah.web.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Builds {@link ParameterizedType}s for generic body types. */
final class Types {
  private Types() {}

  static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
    if (raw.getTypeParameters().length != arguments.length) {
      throw new IllegalArgumentException("wrong number of type arguments for " + raw.getName());
    }
    return new Parameterized(raw, arguments.clone());
  }

  private static final class Parameterized implements ParameterizedType {
    private final Class<?> raw;
    private final Type[] arguments;

    Parameterized(Class<?> raw, Type[] arguments) {
      this.raw = raw;
      this.arguments = arguments;
    }

    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public @Nullable Type getOwnerType() {
      return raw.getDeclaringClass();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof ParameterizedType
          && raw.equals(((ParameterizedType) o).getRawType())
          && Objects.equals(getOwnerType(), ((ParameterizedType) o).getOwnerType())
          && Arrays.equals(arguments, ((ParameterizedType) o).getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ raw.hashCode() ^ Objects.hashCode(getOwnerType());
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(raw.getTypeName()).append('<');
      for (int i = 0; i < arguments.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
      }
      return sb.append('>').toString();
    }
  }
}
