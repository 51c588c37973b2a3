package org.guwah.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No text-derived value reaches the index files: canary words in every script are indexed (through
 * {@code index} and {@code rebuild}, in text and identity fields), the index is closed, and every
 * byte of every file is scanned for each canary in UTF-8, UTF-16LE and UTF-16BE, as is and with the
 * file's ASCII letters lower-cased. A control index that stores the same words in clear proves that
 * the scan finds them when they are there.
 */
class CanaryTest {
  /** Canary words as written, and CJK bigrams of the Chinese one. */
  private static final List<String> CANARIES = List.of(
      "qanari", "canarybek", "qanaribek", "قانارى", "قانارىبېك", "канарибек", "金丝雀", "金丝", "丝雀");

  @TempDir Path sealedDir;
  @TempDir Path controlDir;

  private static List<SearchDocument> canaryDocuments() {
    List<SearchDocument> docs = new ArrayList<>(SyntheticCorpus.testimonies("c", 30, 11));
    docs.add(SearchDocument.builder("canary-1", RecordKind.TESTIMONY)
        .text("My brother QANARI was taken; canarybek called from the camp. قانارى لاگېردا قالدى. 我哥哥 金丝雀 失去联系了。 Канарибек ещё там.")
        .identity("Qanaribek Canarybek").identity("قانارىبېك").identity("金丝雀·金丝雀").identity("Канарибек")
        .facet("language", "ug").access(DocumentAccess.of(List.of("acc-1"), List.of("INTERNAL_ANALYSIS"))).build());
    docs.add(SearchDocument.builder("canary-2", RecordKind.NOTE)
        .text("note: qanari canarybek قانارى 金丝雀 канарибек")
        .access(DocumentAccess.of(List.of("acc-1"), List.of())).build());
    return docs;
  }

  @Test
  void noCanaryInAnyIndexFile() throws IOException {
    List<SearchDocument> docs = canaryDocuments();
    try (SearchIndex index = SearchIndex.open(sealedDir, HmacTermSealer.fromSeed("canary"))) {
      index.rebuild(docs.iterator());
      for (SearchDocument d : docs.subList(docs.size() - 2, docs.size())) {
        index.index(d);
      }
      index.commit();
      // the words are searchable, so they were indexed
      AccessFilter owner = AccessFilter.owners(Set.of("acc-1"));
      for (String word : List.of("qanari", "canarybek", "قانارى", "金丝雀", "КАНАРИБЕК", "qanaribek", "قانارىبېك")) {
        assertThat(index.search(SearchRequest.builder(owner).query(word).build()).total()).as(word).isPositive();
      }
      index.index(SearchDocument.builder("canary-2", RecordKind.NOTE).text("replaced qanari canarybek")
          .access(DocumentAccess.of(List.of("acc-1"), List.of())).build());
    }
    assertThat(filesIn(sealedDir)).isNotEmpty();
    assertThat(findCanaries(sealedDir)).isEmpty();
  }

  @Test
  void controlScanFindsCanariesInAnIndexThatKeepsTextInClear() throws IOException {
    try (FSDirectory d = FSDirectory.open(controlDir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (SearchDocument doc : canaryDocuments()) {
        Document ld = new Document();
        for (String t : doc.text(SearchField.TEXT)) {
          ld.add(new TextField("text", t.replace("金丝雀", " 金丝雀 金丝 丝雀 "), Field.Store.NO));
        }
        w.addDocument(ld);
      }
    }
    List<String> found = findCanaries(controlDir);
    assertThat(found).contains("qanari", "canarybek", "قانارى", "金丝雀", "金丝", "丝雀");
  }

  private static List<String> findCanaries(Path dir) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : filesIn(dir)) {
      byte[] bytes = Files.readAllBytes(file);
      byte[] lower = asciiLower(bytes);
      for (String canary : CANARIES) {
        for (String form : new java.util.LinkedHashSet<>(List.of(canary, canary.toLowerCase(Locale.ROOT)))) {
          for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] needle = form.getBytes(cs);
            if (indexOf(bytes, needle) >= 0 || indexOf(lower, needle) >= 0) {
              found.add(canary);
            }
          }
        }
      }
    }
    return found;
  }

  private static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  private static byte[] asciiLower(byte[] in) {
    byte[] out = in.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 'A' && out[i] <= 'Z') {
        out[i] = (byte) (out[i] + 32);
      }
    }
    return out;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
