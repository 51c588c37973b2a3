package org.guwah.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiDocumentTest {
  private final ApiRoutes routes = SampleApi.routes();
  private final JsonNode doc = OpenApiDocument.generate(routes, "Test", "1", SampleApi.json());
  private final JsonNode schemas = doc.path("components").path("schemas");

  @Test
  void every_route_is_documented_with_its_parameters_and_bodies() {
    for (ApiRoute route : routes.routes()) {
      JsonNode op = doc.path("paths").path(route.path()).path(route.method().openApiName());
      assertThat(op.isObject()).as(route.label()).isTrue();
      assertThat(op.path("operationId").asString()).isEqualTo(route.operationId());
      assertThat(op.path("summary").asString()).isEqualTo(route.summary());
      assertThat(op.path("tags").get(0).asString()).isEqualTo(route.tag());
      List<String> documented = new ArrayList<>();
      op.path("parameters").forEach(p -> documented.add(p.path("in").asString() + ":" + p.path("name").asString()));
      List<String> expected = new ArrayList<>();
      ApiRoute.pathParameterNames(route.path()).forEach(n -> expected.add("path:" + n));
      route.queryParams().forEach(p -> expected.add("query:" + p.name()));
      assertThat(documented).as(route.label()).containsExactlyElementsOf(expected);
      JsonNode success = op.path("responses").path(Integer.toString(route.successStatus()));
      assertThat(success.isObject()).as(route.label()).isTrue();
      assertThat(success.has("content")).isEqualTo(!route.response().isNone());
      assertThat(op.has("requestBody")).isEqualTo(!route.requestBody().isNone());
      assertThat(op.path("responses").path("default").path("$ref").asString()).isEqualTo("#/components/responses/Error");
      op.findValues("$ref").forEach(ref -> assertThat(resolves(ref.asString())).as(ref.asString()).isTrue());
    }
    assertThat(doc.path("paths").propertyNames()).hasSize(
        (int) routes.routes().stream().map(ApiRoute::path).distinct().count());
  }

  private boolean resolves(String ref) {
    if (ref.startsWith("#/components/responses/")) {
      return doc.path("components").path("responses").has(ref.substring("#/components/responses/".length()));
    }
    return schemas.has(ref.substring(SchemaRegistry.REF_PREFIX.length()));
  }

  @Test
  void parameters_carry_types_and_limits() {
    JsonNode params = doc.path("paths").path("/api/v1/persons").path("get").path("parameters");
    JsonNode limit = find(params, "limit");
    assertThat(limit.path("schema").path("type").asString()).isEqualTo("integer");
    assertThat(limit.path("schema").path("minimum").asInt()).isEqualTo(1);
    assertThat(limit.path("schema").path("maximum").asInt()).isEqualTo(500);
    assertThat(limit.path("schema").path("default").asInt()).isEqualTo(50);
    assertThat(limit.path("required").asBoolean()).isFalse();
    assertThat(find(params, "cursor").path("schema").path("pattern").asString()).startsWith("^");
    assertThat(find(params, "script").path("schema").path("enum").toString()).isEqualTo("[\"LATIN\",\"ARABIC\",\"CYRILLIC\"]");
    assertThat(find(params, "living").path("schema").path("type").asString()).isEqualTo("boolean");
    JsonNode id = find(doc.path("paths").path("/api/v1/persons/{id}").path("get").path("parameters"), "id");
    assertThat(id.path("required").asBoolean()).isTrue();
    assertThat(id.path("schema").path("format").asString()).isEqualTo("uuid");
    JsonNode code = find(doc.path("paths").path("/api/v1/sources/{code}").path("get").path("parameters"), "code");
    assertThat(code.path("schema").path("pattern").asString()).isEqualTo("^(?:[a-z]{2,8})$");
  }

  private static JsonNode find(JsonNode params, String name) {
    for (JsonNode p : params) {
      if (p.path("name").asString().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name);
  }

  @Test
  void record_schemas_are_derived_by_reflection() {
    JsonNode person = schemas.path("SampleApi.PersonInput");
    assertThat(person.path("type").asString()).isEqualTo("object");
    assertThat(person.path("description").asString()).isEqualTo("A person to record.");
    assertThat(person.path("additionalProperties").asBoolean()).isFalse();
    assertThat(person.path("required").toString())
        .isEqualTo("[\"names\",\"birthYear\",\"living\",\"tags\",\"labels\"]");
    JsonNode p = person.path("properties");
    assertThat(p.path("names").path("type").asString()).isEqualTo("array");
    assertThat(p.path("names").path("maxItems").asInt()).isEqualTo(20);
    assertThat(p.path("names").path("items").path("$ref").asString()).isEqualTo("#/components/schemas/SampleApi.NameInput");
    assertThat(p.path("birthDate").path("type").toString()).isEqualTo("[\"string\",\"null\"]");
    assertThat(p.path("birthDate").path("format").asString()).isEqualTo("date");
    assertThat(p.path("birthYear").path("type").asString()).isEqualTo("integer");
    assertThat(p.path("birthYear").path("format").asString()).isEqualTo("int32");
    assertThat(p.path("living").path("type").asString()).isEqualTo("boolean");
    assertThat(p.path("tags").path("uniqueItems").asBoolean()).isTrue();
    assertThat(p.path("labels").path("additionalProperties").path("type").asString()).isEqualTo("string");
    assertThat(p.path("sourceId").path("format").asString()).isEqualTo("uuid");
    assertThat(p.path("tactic").path("x-vocabulary").asString()).isEqualTo("tactic");
    assertThat(p.path("tactic").path("description").asString()).isEqualTo("Tactic code.");
    assertThat(p.path("recordedAt").path("format").asString()).isEqualTo("date-time");
    assertThat(p.path("score").path("type").toString()).isEqualTo("[\"number\",\"null\"]");
    assertThat(p.path("count").path("format").asString()).isEqualTo("int64");
    assertThat(p.path("address").path("anyOf").get(0).path("$ref").asString()).isEqualTo("#/components/schemas/SampleApi.Address");
    assertThat(p.path("address").path("anyOf").get(1).path("type").asString()).isEqualTo("null");
    JsonNode name = schemas.path("SampleApi.NameInput").path("properties");
    assertThat(name.path("value").path("maxLength").asInt()).isEqualTo(200);
    assertThat(name.path("script").path("$ref").asString()).isEqualTo("#/components/schemas/SampleApi.Script");
    assertThat(schemas.path("SampleApi.Script").path("enum").toString()).isEqualTo("[\"LATIN\",\"ARABIC\",\"CYRILLIC\"]");
  }

  @Test
  void defaulted_components_are_optional_but_not_nullable() {
    JsonNode note = schemas.path("SampleApi.NoteInput");
    assertThat(note.path("required").toString()).isEqualTo("[\"text\",\"title\"]");
    assertThat(note.path("properties").path("tags").path("type").asString()).isEqualTo("array");
  }

  @Test
  void pages_lists_and_errors_have_schemas() {
    JsonNode page = schemas.path("PageOfSampleApi.PersonView".replace(".", ""));
    assertThat(page.path("properties").path("items").path("items").path("$ref").asString())
        .isEqualTo("#/components/schemas/SampleApi.PersonView");
    assertThat(page.path("required").toString()).isEqualTo("[\"items\"]");
    assertThat(page.path("properties").path("nextCursor").path("type").toString()).isEqualTo("[\"string\",\"null\"]");
    JsonNode list = doc.path("paths").path("/api/v1/persons/{id}/names").path("get").path("responses").path("200")
        .path("content").path("application/json").path("schema");
    assertThat(list.path("type").asString()).isEqualTo("array");
    JsonNode error = schemas.path("ApiError");
    assertThat(error.path("required").toString()).isEqualTo("[\"code\",\"message\",\"fields\"]");
    assertThat(doc.path("paths").path("/api/v1/persons").path("post").path("responses").propertyNames())
        .containsExactly("201", "400", "413", "415", "default");
  }

  @Test
  void string_types_and_enum_keys_are_described() {
    assertThat(schemas.path("SampleApi.Decade").toString())
        .isEqualTo("{\"type\":\"string\",\"description\":\"A decade, such as 1990s.\"}");
    JsonNode event = schemas.path("SampleApi.EventInput").path("properties");
    assertThat(event.path("decade").path("$ref").asString()).isEqualTo("#/components/schemas/SampleApi.Decade");
    assertThat(event.path("until").path("anyOf").get(0).path("$ref").asString()).isEqualTo("#/components/schemas/SampleApi.Decade");
    assertThat(event.path("labelsByScript").path("propertyNames").path("$ref").asString())
        .isEqualTo("#/components/schemas/SampleApi.Script");
    ApiRoutes withoutJson = ApiRoutes.of(routes.find(HttpMethod.POST, "/api/v1/events").orElseThrow());
    assertThat(OpenApiDocument.generate(withoutJson, "t", "1").path("components").path("schemas")
        .path("SampleApi.Decade").path("type").asString()).as("without the declaration it is a record").isEqualTo("object");
  }

  @Test
  void the_document_is_deterministic() {
    assertThat(OpenApiDocument.generate(SampleApi.routes(), "Test", "1", SampleApi.json())).isEqualTo(doc);
  }

  record WithOptional(java.util.Optional<String> value) {}

  record WithMisplacedLimit(@ApiDoc(maxLength = 3) int value) {}

  record WithIntKeys(Map<Integer, String> value) {}

  record Holder(A.Same a, B.Same b) {}

  static final class A {
    record Same(String x) {}
  }

  static final class B {
    record Same(@Nullable String y) {}
  }

  @Test
  void unsupported_types_and_misplaced_limits_fail_at_generation() {
    for (Class<?> type : List.of(WithOptional.class, WithMisplacedLimit.class, WithIntKeys.class, Object.class)) {
      ApiRoutes bad = ApiRoutes.of(ApiRoute.get("/api/v1/x").operationId("x").summary("x").tag("x").access(Access.anyone())
          .response(type).handler(call -> null));
      assertThatIllegalArgumentException().as(type.getSimpleName())
          .isThrownBy(() -> OpenApiDocument.generate(bad, "t", "1"));
    }
  }

  @Test
  void same_simple_names_in_different_classes_get_distinct_schemas() {
    ApiRoutes ok = ApiRoutes.of(ApiRoute.get("/api/v1/x").operationId("x").summary("x").tag("x").access(Access.anyone())
        .response(Holder.class).handler(call -> null));
    JsonNode s = OpenApiDocument.generate(ok, "t", "1").path("components").path("schemas");
    assertThat(s.has("OpenApiDocumentTest.A.Same")).isTrue();
    assertThat(s.has("OpenApiDocumentTest.B.Same")).isTrue();
  }
}
