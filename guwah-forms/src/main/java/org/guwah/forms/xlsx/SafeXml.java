package org.guwah.forms.xlsx;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.guwah.forms.xlsx.UnreadableWorkbookException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * StAX over workbook parts with DTDs, external entities and external schemas refused. A part that
 * carries a DOCTYPE (which no spreadsheet program writes; the usual vehicle of XXE and
 * entity-expansion attacks) is refused as {@link Reason#UNSAFE_XML}. Parser errors are reported by
 * part, line and column only: their messages may quote content and are dropped.
 */
final class SafeXml {
  private static final XMLInputFactory FACTORY = factory();

  private SafeXml() {}

  private static XMLInputFactory factory() {
    // The JDK's own implementation, whatever else is on the class path.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
      throw new XMLStreamException("external resources are not allowed");
    });
    return f;
  }

  /** A reader over {@code in}; {@code part} names the part in errors. */
  static Reader open(String part, InputStream in) {
    try {
      return new Reader(part, FACTORY.createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      throw malformed(part, e.getLocation());
    }
  }

  static UnreadableWorkbookException malformed(String part, @Nullable Location at) {
    String where = at == null || at.getLineNumber() < 0 ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
    return new UnreadableWorkbookException(Reason.CORRUPT, part, "is not well-formed XML" + where);
  }

  /** A thin, checked-exception-free cursor. Not thread-safe. */
  static final class Reader implements AutoCloseable {
    private final String part;
    private final XMLStreamReader x;

    Reader(String part, XMLStreamReader x) {
      this.part = part;
      this.x = x;
    }

    String part() {
      return part;
    }

    /** Advances to the next start or end element; returns its event, or END_DOCUMENT. */
    int nextTag() {
      try {
        while (x.hasNext()) {
          int ev = x.next();
          switch (ev) {
            case XMLStreamConstants.START_ELEMENT:
            case XMLStreamConstants.END_ELEMENT:
              return ev;
            case XMLStreamConstants.DTD:
              throw unsafe();
            case XMLStreamConstants.ENTITY_REFERENCE:
              throw unsafe();
            default:
              break;
          }
        }
        return XMLStreamConstants.END_DOCUMENT;
      } catch (XMLStreamException e) {
        throw failure(e);
      }
    }

    /** Local name of the current element. */
    String name() {
      return x.getLocalName();
    }

    @Nullable String attribute(String localName) {
      for (int i = 0; i < x.getAttributeCount(); i++) {
        if (x.getAttributeLocalName(i).equals(localName)) {
          return x.getAttributeValue(i);
        }
      }
      return null;
    }

    /** An attribute in the relationships namespace (r:id), matched by local name and prefix-free URI ending. */
    @Nullable String relationshipAttribute(String localName) {
      for (int i = 0; i < x.getAttributeCount(); i++) {
        String ns = x.getAttributeNamespace(i);
        if (x.getAttributeLocalName(i).equals(localName) && ns != null && ns.endsWith("/relationships")) {
          return x.getAttributeValue(i);
        }
      }
      return null;
    }

    /**
     * The text content of the current element (text inside child elements is ignored), or {@code
     * null} if it is longer than {@code max} characters; the element is consumed either way.
     */
    @Nullable String text(int max) {
      StringBuilder sb = new StringBuilder();
      boolean over = false;
      try {
        int depth = 1;
        while (x.hasNext()) {
          int ev = x.next();
          switch (ev) {
            case XMLStreamConstants.CHARACTERS:
            case XMLStreamConstants.CDATA:
            case XMLStreamConstants.SPACE:
              if (depth == 1 && !over) {
                if (sb.length() + x.getTextLength() > max) {
                  over = true;
                  sb.setLength(0);
                } else {
                  sb.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                }
              }
              break;
            case XMLStreamConstants.START_ELEMENT:
              depth++;
              break;
            case XMLStreamConstants.END_ELEMENT:
              depth--;
              if (depth == 0) {
                return over ? null : sb.toString();
              }
              break;
            case XMLStreamConstants.DTD:
            case XMLStreamConstants.ENTITY_REFERENCE:
              throw unsafe();
            default:
              break;
          }
        }
      } catch (XMLStreamException e) {
        throw failure(e);
      }
      throw malformed(part, null);
    }

    /** Skips the current element and its content. */
    void skip() {
      int depth = 1;
      while (depth > 0) {
        int ev = nextTag();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else {
          throw malformed(part, null);
        }
      }
    }

    private UnreadableWorkbookException unsafe() {
      return new UnreadableWorkbookException(Reason.UNSAFE_XML, part,
          "contains a DOCTYPE or entity declaration, which spreadsheets never have; refused (possible XXE attack)");
    }

    private UnreadableWorkbookException failure(XMLStreamException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("entity") || m.contains("Entity")) {
        return unsafe();
      }
      return malformed(part, e.getLocation());
    }

    @Override
    public void close() {
      try {
        x.close();
      } catch (XMLStreamException e) {
        // nothing held beyond memory
      }
    }
  }
}
