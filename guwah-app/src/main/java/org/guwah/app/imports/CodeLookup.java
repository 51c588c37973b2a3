package org.guwah.app.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.guwah.core.vocab.Language;
import org.guwah.core.vocab.Term;
import org.guwah.core.vocab.Vocabularies;
import org.guwah.core.vocab.Vocabulary;

/**
 * Reads a vocabulary value as spreadsheets write it: the code in any case, or a label in any of the
 * six languages (so a Chinese list's 男 / 女, a Russian list's "Казахи" or a Turkish "Erkek" work), or
 * a short form such as M/F for sex. Thread-safe after construction.
 */
final class CodeLookup {
  private final Map<String, Map<String, String>> byVocabulary = new HashMap<>();

  CodeLookup() {
    for (String name : Vocabularies.NAMES) {
      Vocabulary v = Vocabularies.standard().vocabulary(name);
      Map<String, String> m = new HashMap<>();
      for (Term t : v.terms()) {
        for (Language l : Language.values()) {
          m.putIfAbsent(key(t.label(l)), t.code());
        }
      }
      for (Term t : v.terms()) {
        m.put(key(t.code()), t.code());
      }
      byVocabulary.put(name, m);
    }
    Map<String, String> sex = byVocabulary.get("sex");
    for (String male : new String[] {"m", "male", "man", "男", "ер", "erkek", "муж", "эр"}) {
      sex.put(key(male), "MALE");
    }
    for (String female : new String[] {"f", "female", "woman", "女", "әйел", "kadın", "жен", "ئايال"}) {
      sex.put(key(female), "FEMALE");
    }
    Map<String, String> ethnicity = byVocabulary.get("ethnicity");
    ethnicity.put(key("维吾尔族"), "UYGHUR");
    ethnicity.put(key("哈萨克族"), "KAZAKH");
    ethnicity.put(key("柯尔克孜族"), "KYRGYZ");
    ethnicity.put(key("回族"), "HUI");
    ethnicity.put(key("汉族"), "HAN");
  }

  Optional<String> code(String vocabulary, String text) {
    return Optional.ofNullable(byVocabulary.get(vocabulary).get(key(text)));
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
