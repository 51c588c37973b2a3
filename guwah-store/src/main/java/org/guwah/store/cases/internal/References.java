package org.guwah.store.cases.internal;

import java.util.List;
import java.util.UUID;
import org.guwah.store.cases.internal.RecordMapping.Reference;
import org.jspecify.annotations.Nullable;

/** Builds reference lists for {@link RecordMapping#references}. */
final class References {
  private final java.util.ArrayList<Reference> refs = new java.util.ArrayList<>();

  References one(String field, String table, @Nullable UUID id) {
    if (id != null) {
      refs.add(new Reference(field, table, id));
    }
    return this;
  }

  References each(String field, String table, List<UUID> ids) {
    for (int i = 0; i < ids.size(); i++) {
      refs.add(new Reference(field + "[" + i + "]", table, ids.get(i)));
    }
    return this;
  }

  List<Reference> list() {
    return List.copyOf(refs);
  }
}
