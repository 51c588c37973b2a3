/**
 * HTTP API infrastructure: the route table from which both the Javalin routes and the OpenAPI 3.1
 * document are built, strict JSON binding, the JSON error envelope, and the server bootstrap.
 *
 * <h2>Declaring routes</h2>
 *
 * <pre>{@code
 * ApiRoutes routes = ApiRoutes.of(
 *     ApiRoute.get("/api/v1/persons")
 *         .operationId("listPersons").summary("List persons").tag("persons")
 *         .queryParam(ApiParam.oneOf("sex", "Only this sex", "f", "m", "x"))
 *         .responsePage(Person.class)                    // adds limit (1..500, default 50) and cursor
 *         .handler(call -> persons.list(call.queryString("sex"), call.limit(), call.cursor())),
 *     ApiRoute.post("/api/v1/persons")
 *         .operationId("createPerson").summary("Create a person").tag("persons")
 *         .requestBody(Person.class).response(Person.class)   // 201 by default for POST
 *         .handler(call -> persons.create(call.body(Person.class))),
 *     ApiRoute.get("/api/v1/persons/{id}")                  // {id} is a UUID unless redeclared
 *         .operationId("getPerson").summary("One person").tag("persons")
 *         .response(Person.class)
 *         .handler(call -> persons.find(call.pathUuid("id")).orElseThrow(NotFoundException::new)));
 * try (ApiServer server = ApiServer.create(routes, ApiServerOptions.defaults().withPort(8080)).start()) {
 *   ...
 * }
 * }</pre>
 *
 * <h2>Optional components</h2>
 *
 * <p>A record component annotated {@code @Nullable} (JSpecify, or any annotation of that simple
 * name) may be left out or be {@code null}; one annotated {@code @Defaulted}
 * ({@code org.guwah.core.validation.Defaulted}) may be left out, and its record's constructor fills
 * in a default. Neither is {@code required} in the OpenAPI schema; only {@code @Nullable} ones allow
 * {@code null} there. Every other component is required.
 *
 * <h2>Contract of every request</h2>
 *
 * <ul>
 *   <li>Path parameters are checked against their {@link org.guwah.web.api.ApiParam}; a malformed
 *       value (e.g. a bad UUID) answers <b>404 {@code not_found}</b>, exactly like an id that names
 *       nothing: a malformed id identifies no resource, and the answer reveals nothing more.
 *   <li>Query parameters must be declared on the route, given once, non-empty and within limits;
 *       otherwise <b>400 {@code invalid_query}</b> with {@code fields} naming each parameter.
 *   <li>Bodies: Content-Type must be {@code application/json} (charset, if any, UTF-8) and no
 *       Content-Encoding, else 415; larger than the limit (16 MiB by default) 413 {@code too_large};
 *       invalid UTF-8 400 {@code invalid_encoding}; bad syntax, trailing content or a repeated
 *       property 400 {@code malformed_json} with line and column; missing body, missing
 *       components that are neither {@code @Nullable} nor {@code @Defaulted} (primitives included:
 *       an omitted {@code boolean} is not silently {@code false}), {@code null} for components that
 *       are not {@code @Nullable}, wrong JSON types, unknown properties and
 *       bad formats 400 {@code invalid_request}, every bad field named by its JSON path such as
 *       {@code names[0].script}; broken {@link org.guwah.web.api.ApiDoc} limits and
 *       {@code ValidationException}s from record constructors 400 {@code validation_failed}.
 *   <li>Strings may be as long as the body limit allows (the mapper's own limit is 16 MiB): a
 *       10 MB string is accepted in a field without {@code @ApiDoc(maxLength)} and rejected with
 *       400 {@code validation_failed} naming the field when the field declares a smaller limit.
 * </ul>
 *
 * <p>Nothing in this package writes request content, exception messages or identity values to a
 * log line or an error response: errors name the JSON path or query parameter that was wrong and
 * say what was wrong, never what was sent. Names that come from the client (unknown properties, map
 * keys, unknown query parameters) are shown only when they look like identifiers or codes, else as
 * {@code *}. Internal errors are logged with an incident id, the route template, the exception
 * classes and stack frames, never messages.
 */
@org.jspecify.annotations.NullMarked
package org.guwah.web.api;
