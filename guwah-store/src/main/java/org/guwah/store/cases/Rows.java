package org.guwah.store.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.vocab.Vocabularies;
import org.guwah.store.cases.internal.RecordMapping;
import org.guwah.store.cases.internal.SqlText;
import org.guwah.store.cases.internal.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * A condition on stored records of any kind, evaluated by the database on the current rows: which
 * rows a {@link Reading} shows, and which of those it shows in full. Conditions combine with {@link
 * #and}, {@link #or} and {@link #not}; every value (account, partner, purpose, ids) is bound as a
 * parameter, never written into the SQL text. Every condition is true or false for every row (never
 * SQL null), so {@link #not} is exact.
 *
 * <p>The consent rules behind {@link #usableFor} are in ADR 0008 and migration V4. Immutable and
 * thread-safe; {@link #toString()} names the condition and counts ids without listing them.
 */
public final class Rows {
  private enum Op {
    ALL,
    NONE,
    CREATED_BY,
    USABLE_FOR,
    SHARED_WITH,
    IDS,
    PROTECTED,
    AND,
    OR,
    NOT
  }

  private static final Rows ALL = new Rows(Op.ALL, List.of(), null);
  private static final Rows NONE = new Rows(Op.NONE, List.of(), null);
  private static final Rows PROTECTED = new Rows(Op.PROTECTED, List.of(), null);

  private final Op op;
  private final List<Rows> parts;
  private final @Nullable Object value;

  private Rows(Op op, List<Rows> parts, @Nullable Object value) {
    this.op = op;
    this.parts = List.copyOf(parts);
    this.value = value;
  }

  /** Every row. */
  public static Rows all() {
    return ALL;
  }

  /** No row. */
  public static Rows none() {
    return NONE;
  }

  /** Rows created by this account (rows written without an account have no creator). */
  public static Rows createdBy(UUID account) {
    return new Rows(Op.CREATED_BY, List.of(), Objects.requireNonNull(account, "account"));
  }

  /**
   * Rows that may be used for {@code purpose} now, by the consent rules of ADR 0008: a source by
   * its own consent; a person by its own consent, or, for a protected third party, never for
   * PUBLIC_PROFILE and otherwise only when all its (at least one) sources grant the purpose; an
   * incident, detention or relationship only when every person it refers to is usable and every
   * source it cites grants the purpose.
   *
   * @param purpose a {@code consent_purpose} code
   * @throws IllegalArgumentException if {@code purpose} is not a {@code consent_purpose} code
   */
  public static Rows usableFor(String purpose) {
    if (purpose == null || !Vocabularies.standard().vocabulary("consent_purpose").contains(purpose)) {
      throw new IllegalArgumentException("not a consent_purpose code");
    }
    return new Rows(Op.USABLE_FOR, List.of(), purpose);
  }

  /** Rows explicitly shared with {@code partner} ({@link CaseStore#share}). */
  public static Rows sharedWith(UUID partner) {
    return new Rows(Op.SHARED_WITH, List.of(), Objects.requireNonNull(partner, "partner"));
  }

  /** The rows with these ids (of whatever kind is read). */
  public static Rows ids(Set<UUID> ids) {
    return ids.isEmpty() ? NONE : new Rows(Op.IDS, List.of(), List.copyOf(ids));
  }

  /**
   * Rows that are, refer to, or report on a protected third party: a protected person; an incident,
   * detention or relationship naming one; a source whose reporter is one or that one cites.
   */
  public static Rows involvingProtectedThirdParty() {
    return PROTECTED;
  }

  /** Rows matching this condition and {@code other}. */
  public Rows and(Rows other) {
    if (this == NONE || other == NONE) {
      return NONE;
    }
    if (this == ALL) {
      return other;
    }
    return other == ALL ? this : new Rows(Op.AND, List.of(this, other), null);
  }

  /** Rows matching this condition or {@code other}. */
  public Rows or(Rows other) {
    if (this == ALL || other == ALL) {
      return ALL;
    }
    if (this == NONE) {
      return other;
    }
    return other == NONE ? this : new Rows(Op.OR, List.of(this, other), null);
  }

  /** Rows not matching this condition. */
  public Rows not() {
    if (this == ALL) {
      return NONE;
    }
    return this == NONE ? ALL : new Rows(Op.NOT, List.of(this), null);
  }

  /** Whether this condition is {@link #all()} (no SQL needed to know it). */
  public boolean isAll() {
    return op == Op.ALL;
  }

  /** Whether this condition is {@link #none()}. */
  public boolean isNone() {
    return op == Op.NONE;
  }

  /** Appends this condition as a parenthesised SQL boolean for rows of {@code mapping}'s table. */
  void appendTo(SqlText sql, RecordMapping<?, ?> mapping, String alias) {
    sql.append("(");
    switch (op) {
      case ALL -> sql.append("true");
      case NONE -> sql.append("false");
      case CREATED_BY -> sql.append("coalesce(" + alias + ".created_by = ").bind(SqlType.UUID, value)
          .append(", false)");
      case USABLE_FOR -> sql.condition("coalesce(" + mapping.usableCondition() + ", false)", SqlType.TEXT, value);
      case SHARED_WITH -> sql.append("exists (select 1 from record_share rshare where rshare.kind = ")
          .bind(SqlType.TEXT, mapping.kind())
          .append(" and rshare.record_id = " + alias + ".id and rshare.partner = ").bind(SqlType.UUID, value)
          .append(")");
      case IDS -> sql.append(alias + ".id = any(").bind(SqlType.UUID_ARRAY, value).append(")");
      case PROTECTED -> sql.append("coalesce(" + mapping.protectedCondition() + ", false)");
      case AND, OR -> {
        parts.get(0).appendTo(sql, mapping, alias);
        sql.append(op == Op.AND ? " and " : " or ");
        parts.get(1).appendTo(sql, mapping, alias);
      }
      case NOT -> {
        sql.append("not ");
        parts.get(0).appendTo(sql, mapping, alias);
      }
    }
    sql.append(")");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rows r && r.op == op && r.parts.equals(parts) && Objects.equals(r.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(op, parts, value);
  }

  @Override
  public String toString() {
    switch (op) {
      case ALL:
        return "all";
      case NONE:
        return "none";
      case CREATED_BY:
        return "createdBy(" + value + ")";
      case USABLE_FOR:
        return "usableFor(" + value + ")";
      case SHARED_WITH:
        return "sharedWith(" + value + ")";
      case IDS:
        return "ids(<" + ((List<?>) Objects.requireNonNull(value)).size() + ">)";
      case PROTECTED:
        return "involvingProtectedThirdParty";
      case NOT:
        return "not(" + parts.get(0) + ")";
      default:
        List<String> inner = new ArrayList<>();
        parts.forEach(p -> inner.add(p.toString()));
        return "(" + String.join(op == Op.AND ? " and " : " or ", inner) + ")";
    }
  }
}
