package org.guwah.search.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.guwah.search.SearchDocument;
import org.guwah.search.SearchField;

/**
 * Maps a {@link SearchDocument} to a Lucene document that holds no clear text: sealed text fields
 * (positions and frequencies, not stored, no offsets), the record id (indexed and stored), the
 * kind (facet, stored), coded facets (indexed keyword + sorted-set doc values) and access
 * attributes (indexed keyword). Thread-safe.
 */
public final class DocumentMapper {
  private static final FieldType SEALED_TEXT = sealedText();

  private final Analyzer analyzer;
  private final TermSealing sealing;

  public DocumentMapper(Analyzer indexAnalyzer, TermSealing sealing) {
    this.analyzer = indexAnalyzer;
    this.sealing = sealing;
  }

  /** The Lucene document for {@code doc}; it may be indexed more than once. */
  public Document toLucene(SearchDocument doc) {
    Document d = new Document();
    d.add(new StringField(FieldNames.ID, doc.recordId(), Field.Store.YES));
    d.add(new KeywordField(FieldNames.facet(SearchDocument.KIND_DIMENSION), doc.kind().code(), Field.Store.YES));
    for (SearchField field : SearchField.values()) {
      List<String> values = doc.text(field);
      if (values.isEmpty()) {
        continue;
      }
      AnalysedTerms terms = new AnalysedTerms(analyzer, sealing, field);
      for (String v : values) {
        terms.add(v);
      }
      if (terms.size() > 0) {
        d.add(new Field(FieldNames.text(field), terms.stream(), SEALED_TEXT));
      }
    }
    for (Map.Entry<String, Set<String>> facet : doc.facets().entrySet()) {
      for (String value : facet.getValue()) {
        d.add(new KeywordField(FieldNames.facet(facet.getKey()), value, Field.Store.NO));
      }
    }
    for (String account : doc.access().accountIds()) {
      d.add(new StringField(FieldNames.ACCOUNT, account, Field.Store.NO));
    }
    for (String purpose : doc.access().consentPurposes()) {
      d.add(new StringField(FieldNames.PURPOSE, purpose, Field.Store.NO));
    }
    if (doc.access().protectedThirdParty()) {
      d.add(new StringField(FieldNames.PROTECTED, FieldNames.YES, Field.Store.NO));
    }
    return d;
  }

  private static FieldType sealedText() {
    FieldType t = new FieldType();
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.setTokenized(true);
    t.setStored(false);
    t.setStoreTermVectors(false);
    t.setOmitNorms(false);
    t.freeze();
    return t;
  }
}
