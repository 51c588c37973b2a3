package org.guwah.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guwah.app.Progress;
import org.guwah.core.detentions.Detention;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.cases.RecordStore;
import org.guwah.web.json.CaseJson;
import org.guwah.web.json.JsonProblems;
import org.jdbi.v3.core.Handle;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports a {@link CaseBundle} JSON file in one transaction. By default all or nothing: any bad
 * record rejects the file and nothing is written. With {@code keepValid}, bad records (and records
 * that refer to them) are left out and reported, and the rest is written.
 */
public final class BundleImport {
  private final CaseStore store;
  private final ObjectMapper json = CaseJson.mapper();

  public BundleImport(CaseStore store) {
    this.store = store;
  }

  /** What happened: records written by kind, and the rejections. */
  public record Outcome(Map<String, Integer> written, List<Rejection> rejections) {}

  public Outcome run(Path file, boolean keepValid) {
    JsonNode root = readTree(file);
    List<Rejection> rejections = new ArrayList<>();
    List<Person> persons = records(root, "persons", Person.class, rejections);
    List<Source> sources = records(root, "sources", Source.class, rejections);
    List<Incident> incidents = records(root, "incidents", Incident.class, rejections);
    List<Detention> detentions = records(root, "detentions", Detention.class, rejections);
    List<Relationship> relationships = records(root, "relationships", Relationship.class, rejections);
    if (!rejections.isEmpty() && !keepValid) {
      return new Outcome(Map.of(), rejections);
    }
    long total = (long) persons.size() + sources.size() + incidents.size() + detentions.size() + relationships.size();
    Progress progress = Progress.onStderr("importing", total);
    List<Rejection> late = new ArrayList<>();
    Map<String, Integer> written;
    try {
    written = store.inTransaction(h -> {
      List<Person> p = write(h, store.persons(), "persons", persons, Set.of("source"), keepValid, late, progress);
      write(h, store.sources(), "sources", sources, Set.of(), keepValid, late, progress);
      // persons may name sources of the same file: check those references now that sources exist
      Map<Integer, ValidationException> personProblems = store.persons().problems(h, p, Set.of());
      if (!personProblems.isEmpty()) {
        personProblems.forEach((i, e) -> e.fieldErrors().forEach((k, v) -> late.add(new Rejection(0, "persons[" + i + "]." + k, v))));
        throw new RejectedException();
      }
      int i = write(h, store.incidents(), "incidents", incidents, Set.of(), keepValid, late, progress).size();
      int d = write(h, store.detentions(), "detentions", detentions, Set.of(), keepValid, late, progress).size();
      int r = write(h, store.relationships(), "relationships", relationships, Set.of(), keepValid, late, progress).size();
      if (!keepValid && !late.isEmpty()) {
        throw new RejectedException();
      }
      return Map.of("persons", p.size(), "sources", sources.size() - countFor(late, "sources"), "incidents", i,
          "detentions", d, "relationships", r);
    });
    } catch (RejectedException e) {
      written = Map.of();
    }
    progress.finish();
    rejections.addAll(late);
    return new Outcome(written, rejections);
  }

  private static int countFor(List<Rejection> rejections, String section) {
    return (int) rejections.stream().map(r -> r.field().split("\\.", 2)[0]).filter(f -> f.startsWith(section + "["))
        .distinct().count();
  }

  private JsonNode readTree(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = json.readTree(in);
      if (root == null || !root.isObject()) {
        throw new ImportFileException("the file must hold one JSON object with arrays " + CaseBundle.SECTIONS);
      }
      for (Iterator<String> it = root.propertyNames().iterator(); it.hasNext(); ) {
        String name = it.next();
        if (!CaseBundle.SECTIONS.contains(name)) {
          throw new ImportFileException("unknown section " + (name.length() > 40 ? name.substring(0, 40) : name)
              + " (expected " + CaseBundle.SECTIONS + ")");
        }
        if (!root.get(name).isArray()) {
          throw new ImportFileException("section " + name + " must be an array");
        }
      }
      return root;
    } catch (IOException e) {
      throw new ImportFileException("cannot read the file: " + e.getClass().getSimpleName());
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      throw new ImportFileException("not valid JSON" + (l == null ? "" : " at line " + l.getLineNr() + ", column "
          + l.getColumnNr()) + " (or not UTF-8)");
    }
  }

  private <T> List<T> records(JsonNode root, String section, Class<T> type, List<Rejection> rejections) {
    JsonNode array = root.get(section);
    List<T> out = new ArrayList<>();
    if (array == null) {
      return out;
    }
    for (int i = 0; i < array.size(); i++) {
      String where = section + "[" + i + "]";
      try {
        out.add(json.treeToValue(array.get(i), type));
      } catch (DatabindException e) {
        ValidationException ve = JsonProblems.validationCause(e);
        if (ve != null) {
          String prefix = where + JsonProblems.path(e);
          ve.fieldErrors().forEach((k, v) -> rejections.add(new Rejection(0, join(prefix, k), v)));
        } else {
          rejections.add(new Rejection(0, where + JsonProblems.path(e), JsonProblems.describe(e)));
        }
      }
    }
    return out;
  }

  private static String join(String prefix, String k) {
    return k.isEmpty() ? prefix : prefix + "." + k;
  }

  private static <T> List<T> write(Handle h, RecordStore<T, ?> store, String section, List<T> records,
      Set<String> deferred, boolean keepValid, List<Rejection> rejections, Progress progress) {
    Map<Integer, ValidationException> problems = store.problems(h, records, deferred);
    List<T> ok = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      ValidationException e = problems.get(i);
      if (e == null) {
        ok.add(records.get(i));
      } else {
        int index = i;
        e.fieldErrors().forEach((k, v) -> rejections.add(new Rejection(0, section + "[" + index + "]." + k, v)));
      }
    }
    if (!problems.isEmpty() && !keepValid) {
      throw new RejectedException();
    }
    List<T> stored = new ArrayList<>(ok.size());
    for (int from = 0; from < ok.size(); from += 1000) {
      List<T> chunk = ok.subList(from, Math.min(ok.size(), from + 1000));
      stored.addAll(store.createAll(h, chunk, deferred));
      progress.advance(chunk.size());
    }
    return stored;
  }

  /** Unwinds the transaction when a file is rejected as a whole. */
  static final class RejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RejectedException() {
      super("import rejected", null, false, false);
    }
  }
}
