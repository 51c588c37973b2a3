package org.guwah.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.guwah.core.detentions.Detention;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.relationships.Relationship;
import org.guwah.core.sources.Source;

/**
 * A synthetic demo dataset from {@link DemoData#generate}. Every record carries a pre-assigned id
 * and version 0, and every reference points inside the dataset, so the records can be inserted in
 * the order of the components:
 *
 * <ol>
 *   <li>{@code respondents}: people abroad, no source ids;
 *   <li>{@code sources}: one testimony per respondent, {@code reporterPersonId} a respondent;
 *   <li>{@code relatives}: relatives in Xinjiang (protected third parties, no consent), each citing
 *       the source of the respondent who told about them;
 *   <li>{@code incidents}: target a respondent, may involve that respondent's relatives;
 *   <li>{@code detentions}: events of a relative;
 *   <li>{@code relationships}: relative → respondent ({@code PARENT}, {@code SIBLING}, {@code
 *       CHILD}, {@code SPOUSE}).
 * </ol>
 *
 * <p>Immutable (lists are copied). {@link #toString()} shows counts only: the records hold
 * (synthetic) identity data.
 */
public record DemoDataset(
    List<Person> respondents,
    List<Source> sources,
    List<Person> relatives,
    List<Incident> incidents,
    List<Detention> detentions,
    List<Relationship> relationships) {

  public DemoDataset {
    respondents = List.copyOf(Objects.requireNonNull(respondents, "respondents"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    relatives = List.copyOf(Objects.requireNonNull(relatives, "relatives"));
    incidents = List.copyOf(Objects.requireNonNull(incidents, "incidents"));
    detentions = List.copyOf(Objects.requireNonNull(detentions, "detentions"));
    relationships = List.copyOf(Objects.requireNonNull(relationships, "relationships"));
  }

  /** Respondents, then relatives. */
  public List<Person> persons() {
    List<Person> all = new ArrayList<>(respondents.size() + relatives.size());
    all.addAll(respondents);
    all.addAll(relatives);
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "DemoDataset[respondents=" + respondents.size() + ", sources=" + sources.size() + ", relatives="
        + relatives.size() + ", incidents=" + incidents.size() + ", detentions=" + detentions.size()
        + ", relationships=" + relationships.size() + "]";
  }
}
