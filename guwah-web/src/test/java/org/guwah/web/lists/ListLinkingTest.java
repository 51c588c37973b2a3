package org.guwah.web.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.guwah.analysis.linkage.LinkRecord;
import org.guwah.core.geo.Place;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.vocab.Language;
import org.guwah.forms.tables.ListField;
import org.guwah.store.lists.ListInfo;
import org.guwah.store.lists.ListKind;
import org.guwah.store.lists.ListRow;
import org.guwah.web.i18n.Messages;
import org.junit.jupiter.api.Test;

/** How rows and persons become linkage records, and that every list label exists in every language. */
class ListLinkingTest {
  private static final UUID LIST = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final UUID ROW = UUID.fromString("00000000-0000-4000-8000-000000000002");
  private static final UUID PERSON = UUID.fromString("00000000-0000-4000-8000-000000000003");

  private static ListInfo list(List<String> headers, List<String> fields) {
    return new ListInfo(LIST, "t", ListKind.NGO, "f.csv", headers, fields, 1, 0, 0, null, Instant.EPOCH, null);
  }

  @Test
  void aRowBecomesOneRecordPerNameColumnWithTheFathersNameAdded() {
    ListInfo list = list(List.of("No", "Name", "Chinese", "Father", "Sex", "Born", "County", "ID"),
        List.of("record_id", "name", "name_chinese", "father_name", "sex", "birth_date", "county_code", "id_number"));
    ListRow row = new ListRow(ROW, LIST, 7, List.of("3", "Memet", "麦麦提", "Tursun", "男", "1975-03-15", "653101", "X1"));
    List<LinkRecord> records = ListLinking.rowRecords(list, row);
    assertThat(records).extracting(LinkRecord::id).containsExactly("r:" + ROW + ":0", "r:" + ROW + ":1");
    assertThat(records).extracting(LinkRecord::name).containsExactly("Memet Tursun", "麦麦提 Tursun");
    assertThat(records).allSatisfy(r -> {
      assertThat(r.sex()).isEqualTo("男");
      assertThat(r.birthDate()).isEqualTo("1975-03-15");
      assertThat(r.place()).isEqualTo("653101");
      assertThat(r.idNumber()).isEqualTo("X1");
      assertThat(r.knownCluster()).isNull();
    });
  }

  @Test
  void aRowWithoutNamesStillLinksByItsIdAndShortRowsAreEmptyCells() {
    ListInfo list = list(List.of("ID", "Name", "Place"), List.of("id_number", "name", "place"));
    List<LinkRecord> records = ListLinking.rowRecords(list, new ListRow(ROW, LIST, 2, List.of("X2")));
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.name()).isEmpty();
      assertThat(r.idNumber()).isEqualTo("X2");
      assertThat(r.place()).isEmpty();
    });
  }

  @Test
  void aPersonBecomesOneRecordPerNameInItsKnownCluster() {
    Person p = new Person(PERSON, 1, List.of(new PersonName("Memet Tursun", "ULY", null),
        new PersonName("مەمەت تۇرسۇن", "UEY", null), new PersonName("Memet Tursun", "ULY", "x")), "MALE",
        FuzzyDate.parse("1975"), null, "UYGHUR", new Place("CN", "653101", null, null), null, List.of(), "X1", null,
        true, null, null, List.of());
    List<LinkRecord> records = ListLinking.personRecords(p);
    assertThat(records).hasSize(2);
    assertThat(records).allSatisfy(r -> {
      assertThat(r.knownCluster()).isEqualTo(PERSON.toString());
      assertThat(r.birthYear()).isEqualTo("1975");
      assertThat(r.birthDate()).isEmpty();
      assertThat(r.place()).isEqualTo("653101");
      assertThat(r.sex()).isEqualTo("MALE");
    });
    Person nameless = new Person(PERSON, 1, List.of(), null, null, null, null, null, null, List.of(), null, null,
        false, null, null, List.of());
    assertThat(ListLinking.personRecords(nameless)).isEmpty();
    Person day = new Person(PERSON, 1, List.of(new PersonName("A B", "ULY", null)), null, FuzzyDate.parse("1975-03-15"),
        null, null, null, null, List.of(), null, null, false, null, null, List.of());
    assertThat(ListLinking.personRecords(day).get(0).birthDate()).isEqualTo("1975-03-15");
    assertThat(ListLinking.personRecords(day).get(0).sex()).as("unknown sex says nothing").isEmpty();
  }

  @Test
  void everyListLabelExistsInEveryLanguage() {
    for (Language l : Language.values()) {
      var t = Messages.standard().in(l);
      for (ListField f : ListField.values()) {
        assertThat(t.get("list.field." + f.name().toLowerCase(Locale.ROOT))).doesNotStartWith("[");
      }
      for (ListKind k : ListKind.values()) {
        assertThat(t.get("list.kind." + k.code())).doesNotStartWith("[");
      }
      for (String o : List.of("linked", "below_threshold", "blocked")) {
        assertThat(t.get("review.outcome." + o)).doesNotStartWith("[");
      }
    }
  }
}
