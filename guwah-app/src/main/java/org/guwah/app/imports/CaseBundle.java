package org.guwah.app.imports;

import java.util.List;
import org.guwah.core.detentions.Detention;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;

/**
 * The JSON file format of {@code guwah export json} and {@code guwah import json}: every kind of
 * record in the API's JSON form, with ids, so an export imports into an empty installation as the
 * same records. Records may refer to each other within the file and to records already stored.
 */
public record CaseBundle(List<Person> persons, List<Source> sources, List<Incident> incidents,
    List<Detention> detentions, List<Relationship> relationships) {
  public static final List<String> SECTIONS = List.of("persons", "sources", "incidents", "detentions", "relationships");

  @Override
  public String toString() {
    return "CaseBundle[" + persons.size() + " persons, " + sources.size() + " sources, " + incidents.size()
        + " incidents, " + detentions.size() + " detentions, " + relationships.size() + " relationships]";
  }
}
