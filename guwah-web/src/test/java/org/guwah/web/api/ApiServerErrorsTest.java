package org.guwah.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiServerErrorsTest {
  private static final UUID INCIDENT = UUID.fromString("11111111-2222-4333-8444-555555555555");
  private static final String VALID_PERSON = "{\"names\":[{\"value\":\"Name\",\"script\":\"LATIN\"}],"
      + "\"birthYear\":1970,\"living\":true,\"tags\":[],\"labels\":{}}";

  private ApiServer server;
  private TestHttp http;

  @BeforeAll
  void start() {
    server = ApiServer.create(SampleApi.routes(),
        ApiServerOptions.defaults().withJson(SampleApi.json()).withPort(0).withIncidentIds(() -> INCIDENT)).start();
    http = new TestHttp(server.port());
  }

  @AfterAll
  void stop() {
    server.close();
    assertThat(http.errorBodies()).isNotEmpty().allSatisfy(body -> assertThat(body)
        .doesNotContain("at org.", "\tat ", "Exception", "Error:", "jetty", "javalin", SampleApi.SECRET));
  }

  private static String person(String replaceFrom, String replaceTo) {
    String json = VALID_PERSON.replace(replaceFrom, replaceTo);
    assertThat(json).isNotEqualTo(VALID_PERSON);
    return json;
  }

  @Test
  void valid_body_is_accepted() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", VALID_PERSON);
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.header("Location")).isEqualTo("/api/v1/persons/" + SampleApi.KNOWN_ID);
    assertThat(r.json().path("names").get(0).path("script").asString()).isEqualTo("LATIN");
    assertThat(r.json().has("birthDate")).as("nulls are omitted").isFalse();
  }

  @Test
  void malformed_json_is_400_with_position_and_without_content() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", "{\n  \"names\": [Ablikim-Secret-7731}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("malformed_json");
    assertThat(r.json().path("error").path("message").asString()).contains("line 2").contains("column");
    assertThat(r.body()).doesNotContain(SampleApi.SECRET).doesNotContain("names");
  }

  @Test
  void trailing_content_and_duplicate_properties_are_malformed() {
    assertThat(http.sendJson("POST", "/api/v1/persons", VALID_PERSON + " {}").code()).isEqualTo("malformed_json");
    TestHttp.Response dup = http.sendJson("POST", "/api/v1/persons", person("\"living\":true", "\"living\":true,\"living\":false"));
    assertThat(dup.status()).isEqualTo(400);
    assertThat(dup.code()).isEqualTo("malformed_json");
    assertThat(dup.json().path("error").path("message").asString()).contains("twice");
  }

  @Test
  void wrong_type_names_the_json_path() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", person("\"script\":\"LATIN\"", "\"script\":5"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_request");
    assertThat(r.fields().path("names[0].script").asString()).startsWith("must be one of: LATIN");
  }

  @Test
  void unknown_enum_name_is_rejected_without_echo() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", person("\"LATIN\"", "\"" + SampleApi.SECRET + "\""));
    assertThat(r.code()).isEqualTo("invalid_request");
    assertThat(r.fields().has("names[0].script")).isTrue();
  }

  @Test
  void unknown_property_is_rejected_by_name() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", person("\"script\":\"LATIN\"", "\"script\":\"LATIN\",\"nickname\":\"x\""));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_request");
    assertThat(r.fields().path("names[0].nickname").asString()).isEqualTo("is not a known property");
  }

  @Test
  void unknown_property_with_a_free_text_name_is_not_echoed() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", person("\"living\":true", "\"living\":true,\"" + SampleApi.SECRET + " x\":1"));
    assertThat(r.code()).isEqualTo("invalid_request");
    assertThat(r.fields().has("*")).isTrue();
  }

  @Test
  void missing_body_is_invalid_request() {
    TestHttp.Response r = http.send("POST", "/api/v1/persons", "application/json", new byte[0]);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_request");
  }

  @Test
  void missing_required_fields_are_all_named() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", "{\"names\":[{\"value\":\"x\"}],\"living\":null}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_request");
    assertThat(r.fields().propertyNames())
        .containsExactlyInAnyOrder("names[0].script", "birthYear", "living", "tags", "labels");
  }

  @Test
  void defaulted_components_may_be_left_out_but_not_null() {
    assertThat(http.sendJson("POST", "/api/v1/notes", "{\"title\":\"t\",\"text\":\"x\"}").status()).isEqualTo(201);
    assertThat(http.sendJson("POST", "/api/v1/notes", "{\"title\":\"t\",\"text\":\"x\",\"tags\":[\"a\"]}").status()).isEqualTo(201);
    TestHttp.Response nul = http.sendJson("POST", "/api/v1/notes", "{\"title\":\"t\",\"text\":\"x\",\"tags\":null}");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.fields().path("tags").asString()).isEqualTo("must not be null (leave it out instead)");
  }

  @Test
  void null_inside_a_list_is_rejected() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", person("{\"value\":\"Name\",\"script\":\"LATIN\"}", "null"));
    assertThat(r.fields().path("names[0]").asString()).isEqualTo("must not be null");
  }

  @Test
  void no_coercion_between_json_types() {
    assertThat(http.sendJson("POST", "/api/v1/persons", person("1970", "1970.5")).fields().path("birthYear").asString())
        .isEqualTo("must be an integer");
    assertThat(http.sendJson("POST", "/api/v1/persons", person("1970", "\"1970\"")).fields().path("birthYear").asString())
        .isEqualTo("must be an integer");
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"living\":true", "\"living\":\"true\"")).fields().has("living"))
        .isTrue();
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"living\":true", "\"living\":1")).fields().has("living"))
        .isTrue();
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"Name\"", "42")).fields().path("names[0].value").asString())
        .isEqualTo("must be a string");
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"tags\":[]", "\"tags\":\"a\"")).fields().has("tags"))
        .isTrue();
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"labels\":{}", "\"labels\":{\"en\":1}")).fields().has("labels.en"))
        .isTrue();
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"labels\":{}", "\"labels\":{},\"sourceId\":\"12\"")).fields().path("sourceId").asString())
        .isEqualTo("must be a UUID");
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"labels\":{}", "\"labels\":{},\"birthDate\":\"1970-13-01\"")).fields().has("birthDate"))
        .isTrue();
  }

  @Test
  void dates_times_and_ids_must_be_strings() {
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"labels\":{}", "\"labels\":{},\"recordedAt\":1700000000")).fields().path("recordedAt").asString())
        .startsWith("must be a UTC timestamp");
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"labels\":{}", "\"labels\":{},\"birthDate\":[1970,1,1]")).fields().path("birthDate").asString())
        .startsWith("must be a date");
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"labels\":{}", "\"labels\":{},\"sourceId\":5")).fields().path("sourceId").asString())
        .isEqualTo("must be a UUID");
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"labels\":{}", "\"labels\":{},\"recordedAt\":\"2024-03-01T12:00:00Z\",\"birthDate\":\"1970-01-01\"")).status())
        .isEqualTo(201);
  }

  @Test
  void string_types_and_enum_keyed_maps() {
    TestHttp.Response ok = http.sendJson("POST", "/api/v1/events", "{\"decade\":\"1990s\",\"labelsByScript\":{\"LATIN\":\"x\"}}");
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.body()).isEqualTo("{\"decade\":\"1990s\",\"labelsByScript\":{\"LATIN\":\"x\"}}");
    TestHttp.Response number = http.sendJson("POST", "/api/v1/events", "{\"decade\":1990,\"labelsByScript\":{}}");
    assertThat(number.fields().path("decade").asString()).isEqualTo("must be a string");
    TestHttp.Response object = http.sendJson("POST", "/api/v1/events", "{\"decade\":{\"start\":1990},\"labelsByScript\":{}}");
    assertThat(object.fields().path("decade").asString()).isEqualTo("must be a string");
    TestHttp.Response bad = http.sendJson("POST", "/api/v1/events", "{\"decade\":\"" + SampleApi.SECRET + "\",\"labelsByScript\":{}}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fields().path("decade").asString()).isEqualTo("is not valid (expected: A decade, such as 1990s.)");
    TestHttp.Response key = http.sendJson("POST", "/api/v1/events", "{\"decade\":\"1990s\",\"labelsByScript\":{\"GREEK\":\"x\"}}");
    assertThat(key.status()).isEqualTo(400);
    assertThat(key.code()).isEqualTo("invalid_request");
  }

  @Test
  void integer_overflow_names_the_field() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", person("1970", "99999999999"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_request");
    assertThat(r.fields().path("birthYear").asString()).isEqualTo("must be an integer");
  }

  @Test
  void root_of_the_wrong_shape_is_rejected() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", "[1,2]");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_request");
    assertThat(r.fields().has("$")).isTrue();
    assertThat(http.sendJson("POST", "/api/v1/persons", "null").fields().path("$").asString()).isEqualTo("must be an object");
    assertThat(http.sendJson("POST", "/api/v1/persons", "\"text\"").code()).isEqualTo("invalid_request");
  }

  @Test
  void too_deep_nesting_is_rejected() {
    String deep = "[".repeat(150) + "]".repeat(150);
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", person("\"labels\":{}", "\"labels\":{},\"x\":" + deep));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_request");
  }

  @Test
  void record_constructor_validation_becomes_validation_failed() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", person("1970", "1700"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("validation_failed");
    assertThat(r.fields().path("birthYear").asString()).isEqualTo("must be 1850 or later");
  }

  @Test
  void api_doc_limits_are_enforced_by_path() {
    TestHttp.Response r = http.sendJson("POST", "/api/v1/persons", person("\"Name\"", "\"" + "n".repeat(201) + "\""));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("validation_failed");
    assertThat(r.fields().path("names[0].value").asString()).isEqualTo("is too long (at most 200 characters)");
    String twoHundredSupplementary = "\uD83D\uDE00".repeat(200);
    assertThat(http.sendJson("POST", "/api/v1/persons", person("\"Name\"", "\"" + twoHundredSupplementary + "\"")).status())
        .as("length counts code points").isEqualTo(201);
  }

  @Test
  void handler_validation_exception_is_validation_failed() {
    TestHttp.Response r = http.get("/api/v1/failures/validation");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("validation_failed");
    assertThat(r.fields().path("names[0].value").asString()).startsWith("is too long");
  }

  @Test
  void not_found_and_malformed_ids_are_404() {
    TestHttp.Response missing = http.get("/api/v1/persons/" + UUID.randomUUID());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("not_found");
    assertThat(missing.json().path("error").path("message").asString()).isEqualTo("No such person.");
    for (String bad : new String[] {"abc", "1-1-1-1-1", SampleApi.KNOWN_ID + "0", SampleApi.SECRET}) {
      TestHttp.Response r = http.get("/api/v1/persons/" + bad);
      assertThat(r.status()).as(bad).isEqualTo(404);
      assertThat(r.code()).isEqualTo("not_found");
    }
    assertThat(http.get("/api/v1/sources/UPPER").code()).isEqualTo("not_found");
    assertThat(http.get("/api/v1/sources/abc").status()).isEqualTo(200);
  }

  @Test
  void conflict_is_409() {
    TestHttp.Response r = http.sendJson("PUT", "/api/v1/persons/" + SampleApi.CONFLICTING_ID, VALID_PERSON);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.code()).isEqualTo("conflict");
  }

  @Test
  void unknown_route_is_404_json() {
    TestHttp.Response r = http.get("/api/v1/nothing-here");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.code()).isEqualTo("no_such_route");
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(http.get("/").code()).isEqualTo("no_such_route");
  }

  @Test
  void wrong_method_is_405_json_with_allow() {
    TestHttp.Response r = http.sendJson("PATCH", "/api/v1/persons/" + SampleApi.KNOWN_ID, "{}");
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.code()).isEqualTo("method_not_allowed");
    assertThat(r.header("Allow")).contains("GET").contains("PUT").contains("DELETE");
  }

  @Test
  void wrong_content_type_is_415() {
    byte[] body = VALID_PERSON.getBytes(StandardCharsets.UTF_8);
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1"}) {
      TestHttp.Response r = http.send("POST", "/api/v1/persons", type, body);
      assertThat(r.status()).as(type).isEqualTo(415);
      assertThat(r.code()).isEqualTo("unsupported_media_type");
    }
    assertThat(http.send("POST", "/api/v1/persons", null, body).status()).isEqualTo(415);
    assertThat(http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/v1/persons"))
        .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))).status()).isEqualTo(415);
    assertThat(http.send("POST", "/api/v1/persons", "application/json; charset=UTF-8", body).status()).isEqualTo(201);
  }

  @Test
  void invalid_utf8_is_400() {
    byte[] good = VALID_PERSON.getBytes(StandardCharsets.UTF_8);
    byte[] bad = VALID_PERSON.replace("Name", "N\u0000me").getBytes(StandardCharsets.UTF_8);
    int zero = indexOf(bad, (byte) 0);
    bad[zero] = (byte) 0xC3; // a lead byte followed by 'm' is malformed
    TestHttp.Response r = http.send("POST", "/api/v1/persons", "application/json", bad);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("invalid_encoding");
    assertThat(http.send("POST", "/api/v1/persons", "application/json", good).status()).isEqualTo(201);
    byte[] truncated = java.util.Arrays.copyOf(good, good.length + 2);
    truncated[good.length] = (byte) 0xE2;
    truncated[good.length + 1] = (byte) 0x82;
    assertThat(http.send("POST", "/api/v1/persons", "application/json", truncated).code()).isEqualTo("invalid_encoding");
    byte[] surrogate = VALID_PERSON.replace("Name", "N\u0000\u0000\u0000e").getBytes(StandardCharsets.UTF_8);
    int at = indexOf(surrogate, (byte) 0);
    surrogate[at] = (byte) 0xED;
    surrogate[at + 1] = (byte) 0xA0;
    surrogate[at + 2] = (byte) 0x80;
    assertThat(http.send("POST", "/api/v1/persons", "application/json", surrogate).code()).isEqualTo("invalid_encoding");
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  @Test
  void bad_query_parameters_are_named() {
    TestHttp.Response abc = http.get("/api/v1/persons?limit=abc");
    assertThat(abc.status()).isEqualTo(400);
    assertThat(abc.code()).isEqualTo("invalid_query");
    assertThat(abc.fields().path("limit").asString()).isEqualTo("must be an integer between 1 and 500");
    assertThat(http.get("/api/v1/persons?limit=100000").fields().path("limit").asString()).contains("between 1 and 500");
    assertThat(http.get("/api/v1/persons?limit=0").status()).isEqualTo(400);
    assertThat(http.get("/api/v1/persons?limit=1e3").status()).isEqualTo(400);
    assertThat(http.get("/api/v1/persons?limit=").fields().path("limit").asString()).isEqualTo("must not be empty");
    assertThat(http.get("/api/v1/persons?limit=5&limit=6").fields().path("limit").asString()).isEqualTo("must be given once");
    assertThat(http.get("/api/v1/persons?limt=5").fields().path("limt").asString()).isEqualTo("is not a known query parameter");
    assertThat(http.get("/api/v1/persons?script=GREEK").fields().path("script").asString()).startsWith("must be one of:");
    assertThat(http.get("/api/v1/persons?living=yes").fields().path("living").asString()).isEqualTo("must be true or false");
    assertThat(http.get("/api/v1/persons?cursor=a%20b").fields().path("cursor").asString()).isEqualTo("has an invalid format");
  }

  @Test
  void undecodable_query_string_is_400() throws Exception {
    String answer = http.raw("GET /api/v1/persons?limit=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 400").contains("\"error\"");
  }

  @Test
  void good_query_parameters_reach_the_handler() {
    TestHttp.Response r = http.get("/api/v1/persons?limit=2&script=ARABIC&living=true");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("items").size()).isEqualTo(2);
    assertThat(r.json().path("nextCursor").asString()).isEqualTo("limit2sARABIC");
    TestHttp.Response defaults = http.get("/api/v1/persons");
    assertThat(defaults.json().path("nextCursor").asString()).isEqualTo("limit50");
    TestHttp.Response last = http.get("/api/v1/persons?cursor=abc_-1");
    assertThat(last.json().has("nextCursor")).isFalse();
  }

  @Test
  void unexpected_exception_is_500_with_incident_and_logged_without_message() {
    String log = capturingStderr(() -> {
      TestHttp.Response r = http.get("/api/v1/failures/boom");
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.code()).isEqualTo("internal_error");
      assertThat(r.json().path("error").path("incidentId").asString()).isEqualTo(INCIDENT.toString());
      assertThat(r.json().path("error").path("message").asString()).contains(INCIDENT.toString());
      assertThat(r.body()).doesNotContain(SampleApi.SECRET).doesNotContain("IllegalState");
    });
    assertThat(log).contains(INCIDENT.toString())
        .contains("java.lang.IllegalStateException")
        .contains("\tat org.guwah.web.api.SampleApi")
        .contains("GET /api/v1/failures/boom")
        .doesNotContain(SampleApi.SECRET);
  }

  @Test
  void java_lang_error_is_500_json_and_logged_without_message() {
    String log = capturingStderr(() -> {
      TestHttp.Response r = http.get("/api/v1/failures/error");
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.code()).isEqualTo("internal_error");
      assertThat(r.body()).doesNotContain(SampleApi.SECRET);
    });
    assertThat(log).contains("java.lang.AssertionError").doesNotContain(SampleApi.SECRET);
  }

  @Test
  void handler_returning_an_undeclared_type_is_500() {
    String log = capturingStderr(() -> {
      TestHttp.Response r = http.get("/api/v1/failures/wrong-return");
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.body()).doesNotContain(SampleApi.SECRET);
    });
    assertThat(log).doesNotContain(SampleApi.SECRET);
  }

  @Test
  void jetty_level_bad_requests_answer_json_with_security_headers() throws Exception {
    String badUri = http.raw("GET /api/v1/persons/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(badUri).startsWith("HTTP/1.1 400");
    assertThat(badUri).contains("\"error\"").containsIgnoringCase("x-content-type-options: nosniff");
    String badLine = http.raw("BLAH\r\n\r\n");
    assertThat(badLine).startsWith("HTTP/1.1 400").contains("\"error\"");
    String hugeHeader = http.raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
    assertThat(hugeHeader).startsWith("HTTP/1.1 431").contains("\"error\"");
    for (String answer : new String[] {badUri, badLine, hugeHeader}) {
      assertThat(answer).containsIgnoringCase("content-type: application/json")
          .containsIgnoringCase("x-frame-options: DENY").doesNotContainIgnoringCase("<html");
    }
  }

  @Test
  void body_over_the_default_limit_is_413() {
    byte[] big = new byte[(int) ApiServerOptions.DEFAULT_MAX_REQUEST_BYTES + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    TestHttp.Response r = http.send("POST", "/api/v1/notes", "application/json", big);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.code()).isEqualTo("too_large");
  }

  @Test
  void ten_megabyte_string_is_accepted_in_an_unlimited_field_and_rejected_in_a_limited_one() {
    String tenMb = "x".repeat(10 * 1024 * 1024);
    TestHttp.Response ok = http.sendJson("POST", "/api/v1/notes", "{\"title\":\"t\",\"text\":\"" + tenMb + "\"}");
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.json().path("textLength").asInt()).isEqualTo(tenMb.length());
    TestHttp.Response limited = http.sendJson("POST", "/api/v1/notes", "{\"title\":\"" + tenMb + "\",\"text\":\"t\"}");
    assertThat(limited.status()).isEqualTo(400);
    assertThat(limited.code()).isEqualTo("validation_failed");
    assertThat(limited.fields().path("title").asString()).isEqualTo("is too long (at most 1000 characters)");
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WithASmallBodyLimit {
    private ApiServer small;
    private TestHttp smallHttp;

    @BeforeAll
    void start() {
      small = ApiServer.create(SampleApi.routes(), ApiServerOptions.defaults().withJson(SampleApi.json()).withPort(0).withMaxRequestBytes(4096)).start();
      smallHttp = new TestHttp(small.port());
    }

    @AfterAll
    void stop() {
      small.close();
    }

    @Test
    void declared_length_over_the_limit_is_413() {
      String json = "{\"title\":\"t\",\"text\":\"" + "x".repeat(5000) + "\"}";
      TestHttp.Response r = smallHttp.sendJson("POST", "/api/v1/notes", json);
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.code()).isEqualTo("too_large");
      assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void chunked_body_over_the_limit_is_413() {
      byte[] json = ("{\"title\":\"t\",\"text\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
      TestHttp.Response r = smallHttp.sendChunked("POST", "/api/v1/notes", json);
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.code()).isEqualTo("too_large");
    }

    @Test
    void body_at_the_limit_is_read() {
      String prefix = "{\"title\":\"t\",\"text\":\"";
      String json = prefix + "x".repeat(4096 - prefix.length() - 2) + "\"}";
      assertThat(json).hasSize(4096);
      assertThat(smallHttp.sendChunked("POST", "/api/v1/notes", json.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
    }
  }

  private static String capturingStderr(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
