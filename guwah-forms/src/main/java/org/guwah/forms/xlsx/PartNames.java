package org.guwah.forms.xlsx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import org.jspecify.annotations.Nullable;

/** Reads OPC relationship parts ({@code _rels/*.rels}) and resolves their targets to part names. */
final class PartNames {
  /** One relationship: its type URI (only the last path segment matters) and resolved target part. */
  record Relationship(String id, String type, String target) {}

  private PartNames() {}

  /** The relationships of {@code sourcePart} (e.g. {@code xl/workbook.xml}), by id; empty if there is no rels part. */
  static Map<String, Relationship> relationships(ZipContainer zip, String sourcePart) {
    String dir = directory(sourcePart);
    String file = sourcePart.substring(dir.length());
    String relsPart = dir + "_rels/" + file + ".rels";
    Map<String, Relationship> out = new LinkedHashMap<>();
    var in = zip.open(relsPart);
    if (in == null) {
      return out;
    }
    try (SafeXml.Reader r = SafeXml.open(relsPart, in)) {
      int ev;
      while ((ev = r.nextTag()) != XMLStreamConstants.END_DOCUMENT) {
        if (ev == XMLStreamConstants.START_ELEMENT && r.name().equals("Relationship")) {
          String id = r.attribute("Id");
          String type = r.attribute("Type");
          String target = r.attribute("Target");
          String mode = r.attribute("TargetMode");
          if (id != null && type != null && target != null && !"External".equalsIgnoreCase(mode)) {
            out.put(id, new Relationship(id, lastSegment(type), resolve(dir, target)));
          }
        }
      }
    }
    return out;
  }

  /** The first relationship of a type (last URI segment, e.g. {@code sharedStrings}), if any. */
  static @Nullable String target(Map<String, Relationship> rels, String typeSuffix) {
    for (Relationship r : rels.values()) {
      if (r.type().equals(typeSuffix)) {
        return r.target();
      }
    }
    return null;
  }

  static String directory(String part) {
    int slash = part.lastIndexOf('/');
    return slash < 0 ? "" : part.substring(0, slash + 1);
  }

  private static String lastSegment(String uri) {
    int slash = uri.lastIndexOf('/');
    return slash < 0 ? uri : uri.substring(slash + 1);
  }

  /** Resolves a relative or absolute target against a directory, folding {@code .} and {@code ..}. */
  static String resolve(String dir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    Deque<String> parts = new ArrayDeque<>();
    for (String seg : path.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(seg);
      }
    }
    return ZipContainer.normalize(String.join("/", parts));
  }
}
