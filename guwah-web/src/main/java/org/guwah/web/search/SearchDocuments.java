package org.guwah.web.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.sources.Source;
import org.guwah.search.DocumentAccess;
import org.guwah.search.RecordKind;
import org.guwah.search.SearchDocument;
import org.guwah.store.cases.RecordAccess;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of a record, and who may find it by its words (ADR 0014):
 *
 * <ul>
 *   <li><b>Source</b> (a testimony when it has testimony text): title and testimony as free text;
 *       findable by its creator, by the partners that may read it in full (shared, consented to
 *       partner sharing, no protected third party involved), and by everyone whose purpose its
 *       consent grants (an analyst finds a testimony consented to internal analysis, and sees it
 *       coded: no snippet). Facets: kind, language, verification, year received.
 *   <li><b>Person</b>: names (every script) as identity values, notes as free text; findable only
 *       by who reads the person in full — its creator and the partners that may read it in full
 *       (no consent purpose opens it: a name match on a coded person would tie the name to the
 *       record, as ADR 0008 says of look-ups). Facet: country of residence.
 * </ul>
 *
 * Principals are opaque codes: {@code account:UUID}, {@code partner:UUID}. Stateless.
 */
final class SearchDocuments {
  static final String KIND = SearchDocument.KIND_DIMENSION;
  static final String LANGUAGE = "language";
  static final String VERIFICATION = "verification";
  static final String YEAR = "year";
  static final String COUNTRY = "country";

  private SearchDocuments() {}

  static String account(UUID id) {
    return "account:" + id;
  }

  static String partner(UUID id) {
    return "partner:" + id;
  }

  static SearchDocument source(Source s, RecordAccess a) {
    boolean testimony = s.testimony() != null && !s.testimony().isBlank();
    SearchDocument.Builder b = SearchDocument.builder(a.id().toString(), testimony ? RecordKind.TESTIMONY : RecordKind.SOURCE);
    addText(b, s.title());
    addText(b, s.testimony());
    if (s.language() != null) {
      b.facet(LANGUAGE, s.language());
    }
    b.facet(VERIFICATION, s.verification());
    if (s.receivedOn() != null) {
      b.facet(YEAR, Integer.toString(s.receivedOn().earliest().getYear()));
    }
    return b.access(new DocumentAccess(owners(a), a.purposes(), a.involvingProtectedThirdParty())).build();
  }

  static SearchDocument person(Person p, RecordAccess a) {
    SearchDocument.Builder b = SearchDocument.builder(a.id().toString(), RecordKind.PERSON);
    for (PersonName n : p.names()) {
      b.identity(n.value());
    }
    addText(b, p.notes());
    if (p.residenceCountry() != null) {
      b.facet(COUNTRY, p.residenceCountry());
    }
    return b.access(new DocumentAccess(owners(a), Set.of(), p.protectedThirdParty())).build();
  }

  /** The creator, and the partners that read the record in full (shared, consented, no protected third party). */
  private static Set<String> owners(RecordAccess a) {
    Set<String> out = new LinkedHashSet<>();
    if (a.createdBy() != null) {
      out.add(account(a.createdBy()));
    }
    if (!a.involvingProtectedThirdParty()) {
      a.partners().forEach(p -> out.add(partner(p)));
    }
    return out;
  }

  private static void addText(SearchDocument.Builder b, @Nullable String text) {
    if (text != null && !text.isBlank()) {
      b.text(text);
    }
  }
}
