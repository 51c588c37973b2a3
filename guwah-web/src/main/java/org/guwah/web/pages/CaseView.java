package org.guwah.web.pages;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.core.detentions.Detention;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.sources.Source;
import org.guwah.store.cases.Shown;
import org.guwah.web.i18n.Translation;

/**
 * A person's case page: the person, their relatives, the incidents targeting them, detentions
 * (theirs and their relatives'), the sources about them, and the list rows confirmed as them, each as
 * the reader sees it.
 */
public record CaseView(Shown<Person> person, List<Relative> relatives, List<Shown<Incident>> incidents,
    List<Shown<Detention>> detentions, List<Shown<Source>> sources,
    Map<UUID, List<AttachmentLine>> attachments, boolean canWrite, List<HistoryLine> history,
    CorroborationShelf.Corroboration corroboration, Translation t) {
  public CaseView {
    history = List.copyOf(history);
    relatives = List.copyOf(relatives);
    incidents = List.copyOf(incidents);
    detentions = List.copyOf(detentions);
    sources = List.copyOf(sources);
    attachments = Map.copyOf(attachments);
  }

  /** The attachments of the record {@code id} on this page (none if it has none). */
  public List<AttachmentLine> attachmentsOf(UUID id) {
    return attachments.getOrDefault(id, List.of());
  }

  /** The sources about the person that carry a testimony the reader may read. */
  public List<Shown<Source>> testimonies() {
    return sources.stream().filter(s -> s.full() && s.record().testimony() != null).toList();
  }

  /** A short reference to a record for people to quote ({@code T-} and the id's first eight digits). */
  public static String reference(String prefix, UUID id) {
    return prefix + "-" + id.toString().substring(0, 8);
  }

  /** A relative and how they are related. */
  public record Relative(String kind, Shown<Person> person) {}

  /** The name to show for a person: their first name in full reads, a placeholder otherwise. */
  public String nameOf(Shown<Person> p) {
    return p.full() && !p.record().names().isEmpty() ? p.record().names().get(0).value() : t.get("cases.coded");
  }

  public String id() {
    return person.id().toString();
  }

  @Override
  public String toString() {
    return "CaseView[<redacted>]";
  }

  /** One audited write of the person: when (UTC, to the minute), what (an audit action code), by whom (short). */
  public record HistoryLine(String at, String action, String actor) {}
}
