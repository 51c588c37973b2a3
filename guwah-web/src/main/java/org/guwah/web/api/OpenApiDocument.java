package org.guwah.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the OpenAPI 3.1 document of a route table. Everything in it comes from the
 * {@link ApiRoute} entries and, by reflection, from the record types they name, so the document
 * describes exactly the registered routes. Stateless and thread-safe.
 *
 * <p>Per operation: {@code operationId}, {@code summary}, {@code tags}, path parameters (from the
 * {@code {name}} segments) and query parameters with their schemas, the request body (required,
 * {@code application/json}), the success response, and the error responses the infrastructure can
 * produce for it (400/413/415 with a body, 400 with query parameters, 404 with path parameters,
 * {@code default} always), all with the {@link ErrorResponse} schema.
 */
public final class OpenApiDocument {
  /** The OpenAPI version written. */
  public static final String OPENAPI_VERSION = "3.1.0";
  private static final String JSON = "application/json";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OpenApiDocument() {}

  /**
   * The document of {@code routes}.
   *
   * @throws IllegalArgumentException if a route names a type that cannot be described (see
   *     {@link SchemaRegistry}) or an {@link ApiDoc} limit that does not fit its component's type
   */
  public static ObjectNode generate(ApiRoutes routes, String title, String version) {
    return generate(routes, title, version, ApiJson.standard());
  }

  /**
   * The document of {@code routes}, describing the string types declared in {@code json} as strings.
   *
   * @throws IllegalArgumentException as {@link #generate(ApiRoutes, String, String)}
   */
  public static ObjectNode generate(ApiRoutes routes, String title, String version, ApiJson json) {
    SchemaRegistry schemas = new SchemaRegistry(json.stringTypes());
    ObjectNode doc = NODES.objectNode().put("openapi", OPENAPI_VERSION);
    doc.putObject("info").put("title", title).put("version", version);
    Map<String, ObjectNode> paths = new LinkedHashMap<>();
    for (ApiRoute route : routes.routes()) {
      ObjectNode item = paths.computeIfAbsent(route.path(), p -> NODES.objectNode());
      item.set(route.method().openApiName(), operation(route, schemas));
    }
    ObjectNode errorSchema = schemas.schemaOf(ErrorResponse.class);
    ObjectNode pathsNode = doc.putObject("paths");
    paths.forEach(pathsNode::set);
    ObjectNode components = doc.putObject("components");
    components.putObject("securitySchemes").putObject("session")
        .put("type", "apiKey").put("in", "cookie").put("name", "guwah_session")
        .put("description", "Session cookie from sign-in (password, then second factor). State-changing"
            + " requests also send the session's CSRF token in the X-CSRF-Token header.");
    components.set("schemas", schemas.components());
    components.putObject("responses").set("Error", NODES.objectNode()
        .put("description", "An error; see error.code.")
        .set("content", jsonContent(errorSchema)));
    return doc;
  }

  private static ObjectNode operation(ApiRoute route, SchemaRegistry schemas) {
    ObjectNode op = NODES.objectNode()
        .put("operationId", route.operationId())
        .put("summary", route.summary());
    op.putArray("tags").add(route.tag());
    Access access = route.access();
    if (access.level() == Access.Level.ANYONE) {
      op.putArray("security");
    } else {
      op.putArray("security").addObject().putArray("session");
      ArrayNode roles = op.putArray("x-guwah-roles");
      access.roles().stream().map(org.guwah.store.accounts.Role::code).sorted().forEach(roles::add);
      op.put("x-guwah-access", access.level().name().toLowerCase(java.util.Locale.ROOT));
    }
    ArrayNode parameters = NODES.arrayNode();
    for (ApiParam p : route.pathParams()) {
      parameters.add(parameter(p, "path", true));
    }
    for (ApiParam p : route.queryParams()) {
      parameters.add(parameter(p, "query", false));
    }
    if (!parameters.isEmpty()) {
      op.set("parameters", parameters);
    }
    if (route.requestBody() instanceof BodyType.Multipart) {
      op.putObject("requestBody").put("required", true)
          .set("content", multipartContent((BodyType.Multipart) route.requestBody()));
    } else if (!route.requestBody().isNone()) {
      op.putObject("requestBody").put("required", true)
          .set("content", jsonContent(bodySchema(route.requestBody(), schemas)));
    }
    ObjectNode responses = op.putObject("responses");
    ObjectNode success = responses.putObject(Integer.toString(route.successStatus()))
        .put("description", successDescription(route.successStatus()));
    if (route.response() instanceof BodyType.Binary) {
      success.set("content", binaryContent((BodyType.Binary) route.response()));
    } else if (!route.response().isNone()) {
      success.set("content", jsonContent(bodySchema(route.response(), schemas)));
    }
    boolean hasBody = !route.requestBody().isNone();
    if (hasBody || !route.queryParams().isEmpty()) {
      errorRef(responses, "400");
    }
    if (!route.pathParams().isEmpty()) {
      errorRef(responses, "404");
    }
    if (hasBody) {
      errorRef(responses, "413");
      errorRef(responses, "415");
    }
    if (access.level() != Access.Level.ANYONE) {
      errorRef(responses, "401");
      errorRef(responses, "403");
    }
    errorRef(responses, "default");
    return op;
  }

  private static void errorRef(ObjectNode responses, String status) {
    responses.putObject(status).put("$ref", "#/components/responses/Error");
  }

  private static ObjectNode bodySchema(BodyType type, SchemaRegistry schemas) {
    if (type instanceof BodyType.FreeForm) {
      return NODES.objectNode().put("type", "object");
    }
    return schemas.schemaOf(type.javaType());
  }

  /** A multipart/form-data body: its text fields and the file part (sent as bytes). */
  private static ObjectNode multipartContent(BodyType.Multipart body) {
    ObjectNode schema = NODES.objectNode().put("type", "object");
    schema.putArray("required").add(body.fileField());
    ObjectNode properties = schema.putObject("properties");
    for (ApiParam field : body.fields()) {
      ObjectNode property = parameterSchema(field);
      if (!field.description().isEmpty()) {
        property.put("description", field.description());
      }
      properties.set(field.name(), property);
    }
    properties.putObject(body.fileField()).put("type", "string").put("contentMediaType", "application/octet-stream")
        .put("description", body.fileDescription());
    ObjectNode content = NODES.objectNode();
    ObjectNode media = content.putObject("multipart/form-data");
    media.set("schema", schema);
    media.putObject("encoding").putObject(body.fileField()).put("contentType", "*/*");
    return content;
  }

  /** Bytes of one of the response's media types. */
  private static ObjectNode binaryContent(BodyType.Binary body) {
    ObjectNode content = NODES.objectNode();
    for (String type : body.mediaTypes()) {
      content.putObject(type).putObject("schema").put("type", "string").put("contentMediaType", type);
    }
    return content;
  }

  private static ObjectNode jsonContent(ObjectNode schema) {
    ObjectNode content = NODES.objectNode();
    content.putObject(JSON).set("schema", schema);
    return content;
  }

  private static ObjectNode parameter(ApiParam p, String in, boolean required) {
    ObjectNode node = NODES.objectNode().put("name", p.name()).put("in", in).put("required", required);
    if (!p.description().isEmpty()) {
      node.put("description", p.description());
    }
    node.set("schema", parameterSchema(p));
    return node;
  }

  static ObjectNode parameterSchema(ApiParam p) {
    ObjectNode schema = NODES.objectNode();
    switch (p.type()) {
      case INTEGER:
        schema.put("type", "integer").put("format", "int64");
        if (p.minimum() != null) {
          schema.put("minimum", p.minimum());
        }
        if (p.maximum() != null) {
          schema.put("maximum", p.maximum());
        }
        if (p.defaultValue() != null) {
          schema.put("default", Long.parseLong(p.defaultValue()));
        }
        return schema;
      case BOOLEAN:
        schema.put("type", "boolean");
        if (p.defaultValue() != null) {
          schema.put("default", Boolean.parseBoolean(p.defaultValue()));
        }
        return schema;
      case UUID:
        schema.put("type", "string").put("format", "uuid");
        break;
      case DATE:
        schema.put("type", "string").put("format", "date");
        break;
      case STRING:
        schema.put("type", "string");
        if (!p.allowedValues().isEmpty()) {
          ArrayNode values = schema.putArray("enum");
          p.allowedValues().forEach(values::add);
        } else {
          schema.put("maxLength", p.maxLength());
          if (p.pattern() != null) {
            schema.put("pattern", "^(?:" + p.pattern() + ")$");
          }
        }
        break;
      default:
        throw new IllegalStateException("unknown parameter type");
    }
    if (p.defaultValue() != null) {
      schema.put("default", p.defaultValue());
    }
    return schema;
  }

  private static String successDescription(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 202:
        return "Accepted";
      case 204:
        return "No Content";
      default:
        return "Success";
    }
  }
}
