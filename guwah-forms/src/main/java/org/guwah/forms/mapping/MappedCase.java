package org.guwah.forms.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guwah.core.time.FuzzyDate;
import org.guwah.forms.MappingEntity;
import org.guwah.forms.MappingTarget;
import org.guwah.forms.MappingValueKind;
import org.guwah.forms.Question;
import org.guwah.forms.QuestionType;
import org.guwah.forms.submission.Answer;
import org.guwah.forms.submission.Submission;
import org.guwah.forms.submission.SubmittedInstance;
import org.jspecify.annotations.Nullable;

/**
 * Everything a submission says about the case, by record. Built from the answers of mapped
 * questions only: the respondent and the source from answers outside repeats; one relative,
 * incident, detention or contact per repeat instance that answered at least one of its targets.
 * When several questions fill one target of one record, CODES targets take the union of their
 * codes and other targets the first answer in form order (the form allows a second question on a
 * target only with a relevant condition: a fallback or an alternative). Immutable.
 */
public final class MappedCase {
  private final MappedRecord respondent;
  private final MappedRecord source;
  private final List<MappedRecord> records;

  private MappedCase(MappedRecord respondent, MappedRecord source, List<MappedRecord> records) {
    this.respondent = respondent;
    this.source = source;
    this.records = List.copyOf(records);
  }

  /** Maps a validated submission. */
  public static MappedCase from(Submission submission) {
    List<MappedRecord> out = new ArrayList<>();
    Map<MappingEntity, Map<MappingTarget, MappedValue>> rootValues = values(submission.root());
    MappedRecord respondent = new MappedRecord(MappingEntity.RESPONDENT, "respondent", null,
        rootValues.getOrDefault(MappingEntity.RESPONDENT, Map.of()));
    MappedRecord source = new MappedRecord(MappingEntity.SOURCE, "source", null,
        rootValues.getOrDefault(MappingEntity.SOURCE, Map.of()));
    walk(submission.root(), "respondent", out);
    return new MappedCase(respondent, source, out);
  }

  private static void walk(SubmittedInstance parent, String owner, List<MappedRecord> out) {
    for (List<SubmittedInstance> instances : parent.repeats().values()) {
      for (SubmittedInstance inst : instances) {
        Map<MappingEntity, Map<MappingTarget, MappedValue>> byEntity = values(inst);
        String innerOwner = owner;
        Map<MappingTarget, MappedValue> relative = byEntity.remove(MappingEntity.RELATIVE);
        if (relative != null) {
          String key = "relative@" + inst.key();
          out.add(new MappedRecord(MappingEntity.RELATIVE, key, "respondent", relative));
          innerOwner = key;
        }
        for (Map.Entry<MappingEntity, Map<MappingTarget, MappedValue>> e : byEntity.entrySet()) {
          out.add(new MappedRecord(e.getKey(), e.getKey().prefix() + "@" + inst.key(), innerOwner, e.getValue()));
        }
        walk(inst, innerOwner, out);
      }
    }
  }

  /** The mapped values of the answers directly in one instance, by entity (entities in enum order). */
  private static Map<MappingEntity, Map<MappingTarget, MappedValue>> values(SubmittedInstance inst) {
    Map<MappingEntity, Map<MappingTarget, MappedValue>> out = new EnumMap<>(MappingEntity.class);
    Map<MappingTarget, Set<String>> codes = new LinkedHashMap<>();
    for (Answer a : inst.answers().values()) {
      Question q = a.question();
      MappingTarget t = q.target();
      if (t == null) {
        continue;
      }
      Map<MappingTarget, MappedValue> m = out.computeIfAbsent(t.entity(), k -> new EnumMap<>(MappingTarget.class));
      if (t.kind() == MappingValueKind.CODES) {
        codes.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(a.asChoices());
        m.put(t, MappedValue.codes(t, List.copyOf(codes.get(t))));
      } else if (!m.containsKey(t)) {
        MappedValue v = value(t, a);
        if (v != null) {
          m.put(t, v);
        }
      }
    }
    return out;
  }

  private static @Nullable MappedValue value(MappingTarget t, Answer a) {
    switch (t.kind()) {
      case TEXT:
        return MappedValue.text(t, a.text().replaceAll("[\\n\\t]+", " ").strip());
      case LONG_TEXT:
      case COUNTY_CODE:
        return MappedValue.text(t, a.text());
      case CODE:
      case COUNTRY:
        return MappedValue.codes(t, List.of(a.asChoice()));
      case INTEGER:
        return MappedValue.integer(t, a.asLong());
      case FUZZY_DATE:
        return MappedValue.date(t, fuzzyDate(a));
      default:
        return null;
    }
  }

  private static FuzzyDate fuzzyDate(Answer a) {
    if (a.type() == QuestionType.INTEGER) {
      return FuzzyDate.ofYear((int) a.asLong());
    }
    if (a.type() == QuestionType.TEXT) {
      return FuzzyDate.parse(a.text());
    }
    var d = a.asDate();
    if (a.question().hasAppearance("year")) {
      return FuzzyDate.ofYear(d.getYear());
    }
    if (a.question().hasAppearance("month-year")) {
      return FuzzyDate.parse(d.toString().substring(0, 7));
    }
    return FuzzyDate.ofDay(d);
  }

  /** The respondent's values (possibly none). */
  public MappedRecord respondent() {
    return respondent;
  }

  /** The source's values (possibly none). */
  public MappedRecord source() {
    return source;
  }

  /** Every repeating record (relatives, incidents, detentions, contacts) in form order. */
  public List<MappedRecord> records() {
    return records;
  }

  /** The repeating records of one entity, in form order. */
  public List<MappedRecord> records(MappingEntity entity) {
    List<MappedRecord> out = new ArrayList<>();
    for (MappedRecord r : records) {
      if (r.entity() == entity) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "MappedCase[" + records.size() + " repeating records]";
  }
}
