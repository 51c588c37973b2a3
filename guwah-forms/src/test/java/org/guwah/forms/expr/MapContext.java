package org.guwah.forms.expr;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A test context: fields from a map (lists are node sets), a fixed today. */
final class MapContext implements EvaluationContext {
  final Map<String, Value> fields = new HashMap<>();
  final Map<String, String> choice = new HashMap<>();
  Value current = Value.EMPTY;
  int position;
  LocalDate today = LocalDate.of(2024, 5, 17);

  MapContext with(String name, Value v) {
    fields.put(name, v);
    return this;
  }

  MapContext with(String name, String v) {
    return with(name, Value.string(v));
  }

  MapContext with(String name, double v) {
    return with(name, Value.number(v));
  }

  @Override
  public Value field(String name) {
    return fields.getOrDefault(name, Value.EMPTY);
  }

  @Override
  public int count(String name) {
    Value v = fields.get(name);
    return v == null ? 0 : v.members().size();
  }

  @Override
  public Value current() {
    return current;
  }

  @Override
  public Value choiceColumn(String column) {
    return Value.string(choice.getOrDefault(column, ""));
  }

  @Override
  public int position() {
    return position;
  }

  @Override
  public LocalDate today() {
    return today;
  }

  static Value nodes(String... values) {
    return Value.nodes(java.util.Arrays.stream(values).map(Value::string).collect(java.util.stream.Collectors.toList()));
  }

  static List<Value> list(Value... v) {
    return List.of(v);
  }
}
