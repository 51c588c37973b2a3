package org.guwah.forms.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guwah.forms.Group;
import org.jspecify.annotations.Nullable;

/** The root or one repeat instance during one validation run. Mutable; one run only. */
final class InstanceState {
  final @Nullable Group repeat;
  final @Nullable InstanceState parent;
  final int depth;
  /** The index as posted (problems name the posted key). */
  final int postedIndex;
  /** The index after closing gaps (the submission's numbering). */
  int index;
  final Map<String, List<String>> posted = new HashMap<>();
  final Map<String, AnswerState> answers = new HashMap<>();
  final Map<String, TreeMap<Integer, InstanceState>> postedChildren = new LinkedHashMap<>();
  final Map<String, List<InstanceState>> children = new LinkedHashMap<>();

  InstanceState(@Nullable Group repeat, @Nullable InstanceState parent, int postedIndex) {
    this.repeat = repeat;
    this.parent = parent;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.postedIndex = postedIndex;
    this.index = postedIndex;
  }

  /** The child instance of {@code child} at a posted index, created on first use. */
  InstanceState child(Group child, int postedIndex) {
    return postedChildren.computeIfAbsent(child.name(), k -> new TreeMap<>())
        .computeIfAbsent(postedIndex, i -> new InstanceState(child, this, i));
  }

  /** Turns posted children into numbered lists (gaps closed), recursively. */
  void compact() {
    for (Map.Entry<String, TreeMap<Integer, InstanceState>> e : postedChildren.entrySet()) {
      List<InstanceState> list = new ArrayList<>(e.getValue().values());
      for (int i = 0; i < list.size(); i++) {
        list.get(i).index = i + 1;
        list.get(i).compact();
      }
      children.put(e.getKey(), list);
    }
  }

  List<InstanceState> children(String repeatName) {
    return children.computeIfAbsent(repeatName, k -> new ArrayList<>());
  }

  /** The ancestor chain from the root to this instance. */
  InstanceState[] chain() {
    InstanceState[] out = new InstanceState[depth + 1];
    InstanceState s = this;
    while (s != null) {
      out[s.depth] = s;
      s = s.parent;
    }
    return out;
  }

  /** The posted key prefix ({@code family[3]/}), empty for the root. */
  String postedPrefix() {
    if (parent == null) {
      return "";
    }
    return parent.postedPrefix() + repeat.name() + "[" + postedIndex + "]/";
  }

  /** The numbered key ({@code family[2]}), empty for the root. */
  String key() {
    if (parent == null) {
      return "";
    }
    String p = parent.key();
    return (p.isEmpty() ? "" : p + "/") + repeat.name() + "[" + index + "]";
  }
}
