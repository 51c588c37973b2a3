package org.guwah.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.validation.ValidationException;
import org.jspecify.annotations.Nullable;

/** A small route table over test records, standing in for the domain routes. */
final class SampleApi {
  static final UUID KNOWN_ID = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
  static final UUID CONFLICTING_ID = UUID.fromString("00000000-0000-4000-8000-000000000409");
  /** A value that must never show up in a response or log line. */
  static final String SECRET = "Ablikim-Secret-7731";

  enum Script { LATIN, ARABIC, CYRILLIC }

  record NameInput(
      @ApiDoc(description = "The name as written.", maxLength = 200) String value,
      Script script) {}

  @ApiDoc(description = "A person to record.")
  record PersonInput(
      @ApiDoc(maxItems = 20) List<NameInput> names,
      @Nullable LocalDate birthDate,
      int birthYear,
      boolean living,
      Set<String> tags,
      Map<String, String> labels,
      @Nullable UUID sourceId,
      @ApiDoc(description = "Tactic code.", vocabulary = "tactic") @Nullable String tactic,
      @Nullable Instant recordedAt,
      @Nullable Double score,
      @Nullable Long count,
      @Nullable Address address) {
    PersonInput {
      if (birthYear < 1850) {
        throw ValidationException.of("birthYear", "must be 1850 or later");
      }
      names = List.copyOf(names);
    }
  }

  record Address(@ApiDoc(vocabulary = "country") String country, @Nullable String city) {}

  record PersonView(UUID id, List<NameInput> names, int birthYear, @Nullable LocalDate birthDate) {}

  record NoteInput(String text, @ApiDoc(maxLength = 1000) String title, @Defaulted List<String> tags) {
    NoteInput {
      tags = tags == null ? List.of() : List.copyOf(tags);
    }
  }

  /** Stands for {@code org.guwah.core.validation.Defaulted}: matched by simple name. */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.RECORD_COMPONENT)
  @interface Defaulted {}

  /** A value with its own JSON form: the string {@code "1990s"}. */
  record Decade(int start) {
    Decade {
      if (start % 10 != 0) {
        throw new IllegalArgumentException("not a decade");
      }
    }

    static Decade parse(String text) {
      if (!text.matches("[0-9]{3}0s")) {
        throw new IllegalArgumentException("not a decade");
      }
      return new Decade(Integer.parseInt(text.substring(0, 4)));
    }

    @Override
    public String toString() {
      return start + "s";
    }
  }

  record EventInput(Decade decade, @Nullable Decade until, Map<Script, String> labelsByScript) {}

  /** The JSON configuration of the sample API: {@link Decade} is a string. */
  static ApiJson json() {
    tools.jackson.databind.module.SimpleModule module = new tools.jackson.databind.module.SimpleModule("decades");
    module.addSerializer(Decade.class, new tools.jackson.databind.ValueSerializer<Decade>() {
      @Override
      public void serialize(Decade value, tools.jackson.core.JsonGenerator gen,
          tools.jackson.databind.SerializationContext ctxt) {
        gen.writeString(value.toString());
      }
    });
    module.addDeserializer(Decade.class, new tools.jackson.databind.ValueDeserializer<Decade>() {
      @Override
      public Decade deserialize(tools.jackson.core.JsonParser p, tools.jackson.databind.DeserializationContext ctxt) {
        try {
          return Decade.parse(p.getString());
        } catch (IllegalArgumentException e) {
          throw ctxt.weirdStringException(p.getString(), Decade.class, "not a decade");
        }
      }
    });
    return ApiJson.standard().withModule(module).withStringType(Decade.class, "A decade, such as 1990s.");
  }

  record NoteView(int textLength) {}

  private SampleApi() {}

  static ApiRoutes routes() {
    List<ApiRoute> routes = new ArrayList<>();
    routes.add(ApiRoute.get("/api/v1/persons")
        .operationId("listPersons").summary("List persons.").tag("persons").access(Access.anyone())
        .queryParam(ApiParam.enumOf("script", "Only names in this script.", Script.class))
        .queryParam(ApiParam.bool("living", "Only living persons."))
        .responsePage(PersonView.class)
        .handler(call -> {
          List<PersonView> items = new ArrayList<>();
          for (int i = 0; i < call.limit() && i < 3; i++) {
            items.add(view(new UUID(0, i), 1970 + i));
          }
          String marker = "limit" + call.limit() + call.queryEnum("script", Script.class).map(s -> "s" + s).orElse("");
          return call.cursor().isPresent() ? Page.last(items) : Page.of(items, marker);
        }));
    routes.add(ApiRoute.post("/api/v1/persons")
        .operationId("createPerson").summary("Record a person.").tag("persons").access(Access.anyone())
        .requestBody(PersonInput.class)
        .response(PersonView.class)
        .handler(call -> {
          PersonInput in = call.body(PersonInput.class);
          call.header("Location", "/api/v1/persons/" + KNOWN_ID);
          return new PersonView(KNOWN_ID, in.names(), in.birthYear(), in.birthDate());
        }));
    routes.add(ApiRoute.get("/api/v1/persons/{id}")
        .operationId("getPerson").summary("One person.").tag("persons").access(Access.anyone())
        .response(PersonView.class)
        .handler(call -> {
          if (!call.pathUuid("id").equals(KNOWN_ID)) {
            throw new NotFoundException("No such person.");
          }
          return view(KNOWN_ID, 1980);
        }));
    routes.add(ApiRoute.put("/api/v1/persons/{id}")
        .operationId("updatePerson").summary("Replace a person.").tag("persons").access(Access.anyone())
        .requestBody(PersonInput.class)
        .response(PersonView.class)
        .handler(call -> {
          PersonInput in = call.body(PersonInput.class);
          if (call.pathUuid("id").equals(CONFLICTING_ID)) {
            throw new ConflictException("The person was changed meanwhile.");
          }
          return new PersonView(call.pathUuid("id"), in.names(), in.birthYear(), in.birthDate());
        }));
    routes.add(ApiRoute.delete("/api/v1/persons/{id}")
        .operationId("deletePerson").summary("Delete a person.").tag("persons").access(Access.anyone())
        .handler(call -> null));
    routes.add(ApiRoute.get("/api/v1/persons/{id}/names")
        .operationId("listNames").summary("Names of a person.").tag("persons").access(Access.anyone())
        .responseList(NameInput.class)
        .handler(call -> List.of(new NameInput("Name", Script.LATIN))));
    routes.add(ApiRoute.post("/api/v1/notes")
        .operationId("createNote").summary("Record a note.").tag("notes").access(Access.anyone())
        .requestBody(NoteInput.class)
        .response(NoteView.class)
        .handler(call -> new NoteView(call.body(NoteInput.class).text().length())));
    routes.add(ApiRoute.post("/api/v1/events")
        .operationId("createEvent").summary("Record an event.").tag("events").access(Access.anyone())
        .requestBody(EventInput.class)
        .response(EventInput.class)
        .handler(call -> call.body(EventInput.class)));
    routes.add(ApiRoute.get("/api/v1/sources/{code}")
        .operationId("getSource").summary("A source by code.").tag("sources").access(Access.anyone())
        .pathParam(ApiParam.string("code", "Source code.").withPattern("[a-z]{2,8}"))
        .response(NoteView.class)
        .handler(call -> new NoteView(call.pathParam("code").length())));
    routes.add(ApiRoute.get("/api/v1/failures/boom")
        .operationId("boom").summary("Fails unexpectedly.").tag("failures").access(Access.anyone())
        .response(NoteView.class)
        .handler(call -> {
          throw new IllegalStateException("lookup failed for " + SECRET);
        }));
    routes.add(ApiRoute.get("/api/v1/failures/error")
        .operationId("javaError").summary("Fails with a java.lang.Error.").tag("failures").access(Access.anyone())
        .response(NoteView.class)
        .handler(call -> {
          throw new AssertionError("broken invariant for " + SECRET);
        }));
    routes.add(ApiRoute.get("/api/v1/failures/validation")
        .operationId("validationFailure").summary("Fails validation.").tag("failures").access(Access.anyone())
        .response(NoteView.class)
        .handler(call -> {
          throw ValidationException.of("names[0].value", "is too long (at most 200 characters)");
        }));
    routes.add(ApiRoute.get("/api/v1/failures/wrong-return")
        .operationId("wrongReturn").summary("Returns what it does not declare.").tag("failures").access(Access.anyone())
        .response(NoteView.class)
        .handler(call -> SECRET));
    return ApiRoutes.of(routes);
  }

  private static PersonView view(UUID id, int year) {
    return new PersonView(id, List.of(new NameInput("Name", Script.LATIN)), year, null);
  }
}
