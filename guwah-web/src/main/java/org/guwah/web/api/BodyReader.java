package org.guwah.web.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.guwah.core.validation.ValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON request body into its declared type, step by step, each failure becoming an
 * {@link ApiException}: Content-Type (415), size (413), UTF-8 (400 {@code invalid_encoding}), JSON
 * syntax (400 {@code malformed_json} with line and column), required fields and {@link ApiDoc}
 * limits (400 {@code invalid_request} / {@code validation_failed}), then binding (400
 * {@code invalid_request} naming the JSON path; a {@link ValidationException} thrown by a record
 * constructor becomes 400 {@code validation_failed} with its paths put under the record's path).
 * Thread-safe.
 */
final class BodyReader {
  private final JsonMapper mapper;
  private final Map<Class<?>, String> stringTypes;
  private final long maxBytes;

  BodyReader(ApiJson json, long maxBytes) {
    this.mapper = json.mapper();
    this.stringTypes = json.stringTypes();
    this.maxBytes = maxBytes;
  }

  @Nullable Object read(Context ctx, BodyType type) throws IOException {
    requireJsonContentType(ctx.header("Content-Type"), ctx.header("Content-Encoding"));
    byte[] bytes = readLimited(ctx);
    return parse(bytes, type);
  }

  static void requireJsonContentType(@Nullable String contentType, @Nullable String contentEncoding) {
    if (contentEncoding != null && !contentEncoding.trim().equalsIgnoreCase("identity")) {
      throw ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }
    if (contentType == null) {
      throw ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().equalsIgnoreCase("application/json")) {
      throw ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
        String charset = kv[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          throw ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
      }
    }
  }

  private byte[] readLimited(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 1024), 1 << 20));
    byte[] chunk = new byte[16 * 1024];
    long total = 0;
    try (InputStream in = ctx.req().getInputStream()) {
      int n;
      while ((n = in.read(chunk)) != -1) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge();
        }
        out.write(chunk, 0, n);
      }
    }
    return out.toByteArray();
  }

  private ApiException tooLarge() {
    return new ApiException(ErrorCode.TOO_LARGE,
        "The request body is larger than " + maxBytes + " bytes.", Map.of());
  }

  /** Parses, checks and binds {@code bytes} as a body of {@code type}. */
  @Nullable Object parse(byte[] bytes, BodyType type) {
    requireUtf8(bytes);
    JsonNode tree = parseTree(bytes);
    Type javaType = type.javaType();
    if (type instanceof BodyType.FreeForm) {
      if (!tree.isObject()) {
        throw ApiException.of(ErrorCode.INVALID_REQUEST, Map.of(JsonPaths.ROOT, "must be a JSON object"));
      }
      return tree;
    }
    BodyShape.Problems problems = BodyShape.check(javaType, tree, stringTypes);
    if (!problems.isEmpty()) {
      Map<String, String> all = new LinkedHashMap<>(problems.shape());
      problems.limits().forEach(all::putIfAbsent);
      throw ApiException.of(problems.shape().isEmpty() ? ErrorCode.VALIDATION_FAILED : ErrorCode.INVALID_REQUEST, all);
    }
    JavaType target = mapper.getTypeFactory().constructType(javaType);
    try {
      return mapper.readerFor(target).readValue(tree);
    } catch (JacksonException e) {
      throw bindingProblem(e);
    }
  }

  /** Checks that {@code bytes} are well-formed UTF-8, decoding through a small buffer. */
  private static void requireUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw ApiException.of(ErrorCode.INVALID_ENCODING);
      }
      out.clear();
      if (result.isUnderflow()) {
        break;
      }
    }
    if (decoder.flush(out).isError()) {
      throw ApiException.of(ErrorCode.INVALID_ENCODING);
    }
  }

  private JsonNode parseTree(byte[] bytes) {
    if (isBlank(bytes)) {
      throw new ApiException(ErrorCode.INVALID_REQUEST, "A request body is required.",
          Map.of(JsonPaths.ROOT, "is required"));
    }
    try {
      return mapper.readTree(bytes);
    } catch (StreamConstraintsException e) {
      throw new ApiException(ErrorCode.INVALID_REQUEST,
          "The request body exceeds a structural limit (string length, nesting depth or name length).", Map.of());
    } catch (StreamReadException e) {
      throw malformed(e);
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static ApiException malformed(JacksonException e) {
    String original = e.getOriginalMessage();
    boolean duplicate = original != null && original.startsWith("Duplicate");
    TokenStreamLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String message = (duplicate ? "A property appears twice in one object" : "The request body is not valid JSON")
        + where + ".";
    return new ApiException(ErrorCode.MALFORMED_JSON, message, Map.of());
  }

  private ApiException bindingProblem(JacksonException e) {
    String path = JsonPaths.of(e);
    if (e instanceof ValueInstantiationException) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof ValidationException) {
          Map<String, String> fields = new LinkedHashMap<>();
          ((ValidationException) cause).fieldErrors().forEach((k, v) -> fields.put(JsonPaths.join(path, k), v));
          return ApiException.of(ErrorCode.VALIDATION_FAILED, fields);
        }
        if (cause instanceof ApiException) {
          return (ApiException) cause;
        }
      }
      return ApiException.of(ErrorCode.VALIDATION_FAILED, Map.of(path, "is not valid"));
    }
    if (e instanceof UnrecognizedPropertyException) {
      return ApiException.of(ErrorCode.INVALID_REQUEST, Map.of(path, "is not a known property"));
    }
    if (e instanceof InvalidNullException) {
      return ApiException.of(ErrorCode.INVALID_REQUEST, Map.of(path, "must not be null"));
    }
    if (e instanceof InvalidFormatException) {
      Class<?> target = ((InvalidFormatException) e).getTargetType();
      String described = target == null ? null : stringTypes.get(target);
      return ApiException.of(ErrorCode.INVALID_REQUEST, Map.of(path, described != null
          ? "is not valid (expected: " + described + ")" : BodyShape.expected(target, stringTypes)));
    }
    if (e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      return ApiException.of(ErrorCode.INVALID_REQUEST, Map.of(path, BodyShape.expected(target, stringTypes)));
    }
    return ApiException.of(ErrorCode.INVALID_REQUEST, Map.of(path, "is not valid"));
  }
}
