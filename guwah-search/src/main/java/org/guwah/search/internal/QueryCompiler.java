package org.guwah.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.guwah.search.AccessFilter;
import org.guwah.search.SearchField;
import org.guwah.search.SearchRequest;
import org.guwah.search.query.InvalidQueryException;
import org.guwah.search.query.QueryClause;
import org.guwah.search.query.SearchQuery;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link SearchRequest} into a Lucene query over sealed terms:
 *
 * <pre>
 *   +(text query) #(access) #(facet filter per dimension)
 * </pre>
 *
 * A clause whose analysed terms are one term is a term query, several terms a phrase query (slop
 * 0), searched in every requested field (alternatives). A clause that analyses to nothing (only
 * punctuation) is dropped; a query whose required clauses all dropped matches nothing. Thread-safe.
 */
public final class QueryCompiler {
  /** Most analysed terms in one clause. */
  public static final int MAX_TERMS_PER_CLAUSE = 64;
  /** Most analysed terms in one query. */
  public static final int MAX_TERMS = 256;

  private final Analyzer analyzer;
  private final TermSealing sealing;

  public QueryCompiler(Analyzer queryAnalyzer, TermSealing sealing) {
    this.analyzer = queryAnalyzer;
    this.sealing = sealing;
  }

  /**
   * The Lucene query.
   *
   * @throws InvalidQueryException if a clause or the query has too many terms
   */
  public Query compile(SearchRequest request) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(textQuery(request.query(), request.fields()), Occur.MUST);
    b.add(access(request.access()), Occur.FILTER);
    for (Map.Entry<String, Set<String>> f : request.filters().entrySet()) {
      b.add(new TermInSetQuery(FieldNames.facet(f.getKey()), bytes(f.getValue())), Occur.FILTER);
    }
    return b.build();
  }

  /** The access filter as a query; an empty filter matches nothing. */
  static Query access(AccessFilter access) {
    if (access.seesNothing()) {
      return new MatchNoDocsQuery("empty access filter");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (!access.accountIds().isEmpty()) {
      b.add(new TermInSetQuery(FieldNames.ACCOUNT, bytes(access.accountIds())), Occur.SHOULD);
    }
    if (!access.purposes().isEmpty()) {
      Query consent = new TermInSetQuery(FieldNames.PURPOSE, bytes(access.purposes()));
      if (access.excludeProtected()) {
        consent = new BooleanQuery.Builder()
            .add(consent, Occur.FILTER)
            .add(new TermQuery(new Term(FieldNames.PROTECTED, FieldNames.YES)), Occur.MUST_NOT)
            .build();
      }
      b.add(consent, Occur.SHOULD);
    }
    b.setMinimumNumberShouldMatch(1);
    return b.build();
  }

  private Query textQuery(SearchQuery query, Set<SearchField> fields) {
    int[] budget = {MAX_TERMS};
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    boolean positive = false;
    for (List<QueryClause> group : query.required()) {
      List<Query> alternatives = new ArrayList<>();
      for (QueryClause clause : group) {
        Query c = clauseQuery(clause, fields, budget);
        if (c != null) {
          alternatives.add(c);
        }
      }
      if (alternatives.size() == 1) {
        q.add(alternatives.get(0), Occur.MUST);
      } else if (alternatives.size() > 1) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(a -> any.add(a, Occur.SHOULD));
        q.add(any.build(), Occur.MUST);
      }
      positive |= !alternatives.isEmpty();
    }
    if (!positive && !query.required().isEmpty()) {
      return new MatchNoDocsQuery("no searchable terms");
    }
    for (QueryClause clause : query.excluded()) {
      Query c = clauseQuery(clause, fields, budget);
      if (c != null) {
        q.add(c, Occur.MUST_NOT);
      }
    }
    if (!positive) {
      q.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return q.build();
  }

  private @Nullable Query clauseQuery(QueryClause clause, Set<SearchField> fields, int[] budget) {
    List<Query> perField = new ArrayList<>();
    for (SearchField field : SearchField.values()) {
      if (!fields.contains(field)) {
        continue;
      }
      AnalysedTerms terms = new AnalysedTerms(analyzer, sealing, field);
      terms.add(clause.text());
      if (terms.size() == 0) {
        return null;
      }
      if (terms.size() > MAX_TERMS_PER_CLAUSE) {
        throw new InvalidQueryException("a word or phrase of the query has more than " + MAX_TERMS_PER_CLAUSE + " terms");
      }
      budget[0] -= terms.size();
      if (budget[0] < 0) {
        throw new InvalidQueryException("query has more than " + MAX_TERMS + " terms");
      }
      perField.add(fieldQuery(FieldNames.text(field), terms));
    }
    if (perField.size() == 1) {
      return perField.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    perField.forEach(p -> any.add(p, Occur.SHOULD));
    return any.build();
  }

  private static Query fieldQuery(String fieldName, AnalysedTerms terms) {
    if (terms.size() == 1) {
      return new TermQuery(new Term(fieldName, terms.token(0)));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int position = -1;
    for (int i = 0; i < terms.size(); i++) {
      position += terms.increment(i);
      phrase.add(new Term(fieldName, terms.token(i)), position);
    }
    return phrase.build();
  }

  private static List<BytesRef> bytes(Set<String> values) {
    List<BytesRef> out = new ArrayList<>(values.size());
    for (String v : values) {
      out.add(new BytesRef(v));
    }
    return out;
  }
}
