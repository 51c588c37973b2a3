package org.guwah.store.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.vocab.Vocabularies;
import org.guwah.store.cases.internal.SqlText;
import org.guwah.store.cases.internal.SqlType;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * Records in full together with their {@link RecordAccess}, for a derived index (the full-text
 * search) that must know who may find each record. Reads {@link Reading#everything()}: every
 * record decrypted; the caller must keep what it derives as protected as the records (the search
 * index keeps only keyed tokens). The access facts come from the same SQL conditions as every
 * consent-scoped read ({@link Rows}), evaluated on the current rows. Thread-safe; logs nothing.
 */
public final class IndexFeed {
  private static final String R = RecordStore.ALIAS;
  private final List<String> purposes;

  private IndexFeed() {
    this.purposes = List.copyOf(Vocabularies.standard().vocabulary("consent_purpose").codes());
  }

  /** A feed over the stores of any {@link CaseStore}. */
  public static IndexFeed create() {
    return new IndexFeed();
  }

  /** A record and who may read it. */
  public record Fed<T>(T record, RecordAccess access) {
    public Fed {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(access, "access");
    }

    @Override
    public String toString() {
      return "Fed[" + access.id() + "]";
    }
  }

  /**
   * Up to {@code limit} records of {@code records} after id {@code after} (null: from the start), in
   * id order, in full, with their access.
   */
  public <T> List<Fed<T>> page(Handle h, RecordStore<T, ?> records, @Nullable UUID after, int limit) {
    Slice<Shown<T>> slice = records.listWhere(h, Reading.everything(), sql -> { }, limit, after);
    return withAccess(h, records, slice.items());
  }

  /** The records of {@code records} with these ids that exist, in full, with their access. */
  public <T> List<Fed<T>> byIds(Handle h, RecordStore<T, ?> records, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Set<UUID> wanted = new LinkedHashSet<>(ids);
    Slice<Shown<T>> slice = records.listWhere(h, Reading.of(Rows.ids(wanted), Rows.all()), sql -> { },
        wanted.size(), null);
    return withAccess(h, records, slice.items());
  }

  private <T> List<Fed<T>> withAccess(Handle h, RecordStore<T, ?> records, List<Shown<T>> shown) {
    if (shown.isEmpty()) {
      return List.of();
    }
    Set<UUID> ids = new HashSet<>();
    shown.forEach(s -> ids.add(s.id()));
    Map<UUID, RecordAccess> access = access(h, records, ids);
    List<Fed<T>> out = new ArrayList<>(shown.size());
    for (Shown<T> s : shown) {
      RecordAccess a = access.get(s.id());
      if (a != null) {
        out.add(new Fed<>(s.record(), a));
      }
    }
    return out;
  }

  /** The access of the records of {@code records} with these ids (absent ids are left out). */
  public Map<UUID, RecordAccess> access(Handle h, RecordStore<?, ?> records, Set<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    SqlText sql = new SqlText().append("select " + R + ".id, " + R + ".created_by");
    for (String purpose : purposes) {
      sql.append(", ");
      Rows.usableFor(purpose).appendTo(sql, records.mapping(), R);
    }
    sql.append(", ");
    Rows.involvingProtectedThirdParty().appendTo(sql, records.mapping(), R);
    sql.append(", array(select rshare.partner from record_share rshare where rshare.kind = ")
        .bind(SqlType.TEXT, records.kind())
        .append(" and rshare.record_id = " + R + ".id) from " + records.mapping().table() + " " + R
            + " where " + R + ".id = any(")
        .bind(SqlType.UUID_ARRAY, List.copyOf(ids)).append(")");
    Map<UUID, RecordAccess> out = new HashMap<>();
    try (PreparedStatement ps = sql.prepare(h.getConnection()); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        UUID id = rs.getObject(1, UUID.class);
        UUID createdBy = rs.getObject(2, UUID.class);
        Set<String> usable = new HashSet<>();
        for (int i = 0; i < purposes.size(); i++) {
          if (rs.getBoolean(3 + i)) {
            usable.add(purposes.get(i));
          }
        }
        boolean involving = rs.getBoolean(3 + purposes.size());
        Set<UUID> partners = new HashSet<>();
        if (usable.contains(Reading.PARTNER_SHARING)) {
          for (Object p : (Object[]) rs.getArray(4 + purposes.size()).getArray()) {
            partners.add((UUID) p);
          }
        }
        out.put(id, new RecordAccess(id, createdBy, usable, partners, involving));
      }
    } catch (SQLException e) {
      throw new StoreException("could not read the access of " + records.kind() + " records (SQL state "
          + e.getSQLState() + ")", e);
    }
    return out;
  }

  @Override
  public String toString() {
    return "IndexFeed";
  }
}
