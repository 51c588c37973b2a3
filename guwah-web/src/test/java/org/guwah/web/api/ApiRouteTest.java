package org.guwah.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRouteTest {
  private static ApiRoute.Builder named(ApiRoute.Builder b) {
    return b.operationId("op").summary("s").tag("t").access(Access.anyone());
  }

  @Test
  void defaults_follow_the_method_and_response() {
    ApiRoute created = named(ApiRoute.post("/api/v1/things")).requestBody(HealthStatus.class)
        .response(HealthStatus.class).handler(call -> null);
    assertThat(created.successStatus()).isEqualTo(201);
    ApiRoute deleted = named(ApiRoute.delete("/api/v1/things/{id}")).handler(call -> null);
    assertThat(deleted.successStatus()).isEqualTo(204);
    assertThat(deleted.pathParams()).extracting(ApiParam::name).containsExactly("id");
    assertThat(deleted.pathParams().get(0).type()).isEqualTo(ParamType.UUID);
    ApiRoute paged = named(ApiRoute.get("/api/v1/things")).responsePage(HealthStatus.class).handler(call -> null);
    assertThat(paged.successStatus()).isEqualTo(200);
    assertThat(paged.queryParams()).extracting(ApiParam::name).containsExactly("limit", "cursor");
  }

  @Test
  void bad_paths_are_refused() {
    for (String path : List.of("", "/", "api", "/api/", "/api//x", "/api/{id", "/api/<id>", "/api/*", "/API",
        "/api/{id}/{id}", "/api/x{id}", "/api/{}")) {
      assertThatIllegalArgumentException().as(path).isThrownBy(() -> named(ApiRoute.get(path)).handler(call -> null));
    }
  }

  @Test
  void inconsistent_routes_are_refused() {
    assertThatIllegalArgumentException().isThrownBy(
        () -> named(ApiRoute.get("/api/x")).requestBody(HealthStatus.class).handler(call -> null));
    assertThatIllegalArgumentException().isThrownBy(
        () -> named(ApiRoute.get("/api/x")).response(HealthStatus.class).status(204).handler(call -> null));
    assertThatIllegalArgumentException().isThrownBy(
        () -> named(ApiRoute.get("/api/x")).status(302).handler(call -> null));
    assertThatIllegalArgumentException().isThrownBy(
        () -> ApiRoute.get("/api/x").operationId("Bad-Id").summary("s").tag("t").access(Access.anyone()).handler(call -> null));
    assertThatIllegalArgumentException().isThrownBy(
        () -> ApiRoute.get("/api/x").operationId("op").tag("t").access(Access.anyone()).handler(call -> null));
    assertThatIllegalArgumentException().isThrownBy(
        () -> named(ApiRoute.get("/api/x")).pathParam(ApiParam.string("id", "x")));
    assertThatIllegalArgumentException().isThrownBy(
        () -> named(ApiRoute.get("/api/x")).queryParam(ApiParam.limit()).queryParam(ApiParam.limit()));
  }

  @Test
  void the_table_refuses_duplicates() {
    ApiRoute a = named(ApiRoute.get("/api/v1/things/{id}")).handler(call -> null);
    ApiRoute sameShape = ApiRoute.get("/api/v1/things/{thingId}").operationId("other").summary("s").tag("t").access(Access.anyone())
        .handler(call -> null);
    ApiRoute sameOperation = named(ApiRoute.put("/api/v1/things/{id}")).handler(call -> null);
    assertThatIllegalArgumentException().isThrownBy(() -> ApiRoutes.of(a, sameShape));
    assertThatIllegalArgumentException().isThrownBy(() -> ApiRoutes.of(a, sameOperation));
    ApiRoute otherMethod = ApiRoute.put("/api/v1/things/{id}").operationId("put").summary("s").tag("t").access(Access.anyone())
        .handler(call -> null);
    assertThat(ApiRoutes.of(a, otherMethod).find(HttpMethod.PUT, "/api/v1/things/{id}")).contains(otherMethod);
  }
}
