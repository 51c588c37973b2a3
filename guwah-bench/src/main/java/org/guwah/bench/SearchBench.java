package org.guwah.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.guwah.search.AccessFilter;
import org.guwah.search.DocumentAccess;
import org.guwah.search.RecordKind;
import org.guwah.search.SearchDocument;
import org.guwah.search.SearchField;
import org.guwah.search.SearchIndex;
import org.guwah.search.SearchIndexOptions;
import org.guwah.search.SearchRequest;
import org.guwah.search.SearchResult;
import org.guwah.search.TermSealer;

/**
 * Search benchmark: generates N synthetic testimonies (Uyghur Arabic script, Chinese, Russian,
 * Kazakh, Turkish, English; 50–150 words each from Zipf-distributed generated vocabularies of
 * 3,000 words per language, plus a generated name), measures a full {@link SearchIndex#rebuild}
 * (analysis, HMAC-SHA256 sealing, Lucene indexing, commit) and then the latency of Q searches, one
 * at a time: single words, two words and quoted phrases in every script, taken from the documents,
 * with access filters (analyst, documenter, partner), a facet filter on 40% of them, and facet
 * counts on every search. Synthetic data only.
 *
 * <p>Usage: {@code java -Xmx2g -cp CLASSPATH org.guwah.bench.SearchBench [TESTIMONIES] [QUERIES]}
 * (defaults 100000 2000).
 */
public final class SearchBench {
  private static final String[] LANGS = {"ug", "zh", "ru", "kk", "tr", "en"};
  private static final String[] TACTICS = {"THREAT_DIRECT", "THREAT_FAMILY", "INFO_DEMAND", "INFORMANT_RECRUIT",
    "RETURN_PRESSURE", "MESSAGING_SURVEILLANCE", "ONLINE_HARASSMENT", "EMBASSY_PRESSURE", "DOCUMENT_DENIAL"};
  private static final String[] COUNTRIES = {"TR", "KZ", "KG", "DE", "US", "NL", "SE", "GB", "AU", "JP", "CA", "FR"};
  private static final String[] STATUSES = {"IN_CAMP", "POLICE_CUSTODY", "SENTENCED", "DISAPPEARED", "RELEASED_WATCHED", "NO_CONTACT"};
  private static final String[] VERIFICATION = {"REPORTED", "PARTIALLY_VERIFIED", "CORROBORATED", "DOCUMENTED"};
  private static final String[] PURPOSES = {"INTERNAL_ANALYSIS", "AGGREGATE_STATISTICS", "PUBLIC_PROFILE", "UN_SUBMISSION", "PARTNER_SHARING"};
  private static final String HAN = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父母哥姐弟妹警察监狱护照邻朋友害怕威胁消息审问";
  private static final int VOCABULARY = 3000;

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    int testimonies = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Runtime rt = Runtime.getRuntime();
    System.out.printf("machine: %d cores visible, java %s, max heap %d MB%n", rt.availableProcessors(),
        System.getProperty("java.version"), rt.maxMemory() >> 20);
    Random rnd = new Random(20240501L);
    List<Vocabulary> vocab = new ArrayList<>();
    for (int lang = 0; lang < LANGS.length; lang++) {
      vocab.add(Vocabulary.generate(lang, new Random(lang * 7919L)));
    }
    long g0 = System.nanoTime();
    List<SearchDocument> docs = new ArrayList<>(testimonies);
    long words = 0;
    long chars = 0;
    for (int i = 0; i < testimonies; i++) {
      int lang = rnd.nextInt(LANGS.length);
      int n = 50 + rnd.nextInt(101);
      String text = vocab.get(lang).text(rnd, n);
      words += n;
      chars += text.length();
      docs.add(document(i, lang, text, vocab.get(lang).name(rnd), rnd));
    }
    System.out.printf("generated %,d testimonies, %,d words, %,d characters in %.1f s (not timed below)%n",
        testimonies, words, chars, (System.nanoTime() - g0) / 1e9);

    Path dir = Files.createTempDirectory("guwah-search-bench");
    try {
      SearchIndexOptions options = SearchIndexOptions.defaults();
      try (SearchIndex index = SearchIndex.open(dir.resolve("index"), HmacSealer.create(), options)) {
        long t0 = System.nanoTime();
        long n = index.rebuild(docs.iterator());
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("rebuild: %,d testimonies in %.1f s = %,.0f docs/s (%d rebuild threads, seal cache %,d terms/field; includes analysis, HMAC sealing, indexing, commit) target < 60 s%n",
            n, s, n / s, options.rebuildThreads(), options.sealCacheEntries());
        System.out.printf("index on disk: %.1f MB%n", sizeOf(dir) / 1e6);
        measureSearches(index, docs, queries, rnd);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static SearchDocument document(int i, int lang, String text, String name, Random rnd) {
    List<String> purposes = new ArrayList<>();
    for (String p : PURPOSES) {
      if (rnd.nextInt(100) < (p.equals("INTERNAL_ANALYSIS") ? 80 : 35)) {
        purposes.add(p);
      }
    }
    return SearchDocument.builder(String.format("00000000-0000-4000-8000-%012d", i), RecordKind.TESTIMONY)
        .text(text)
        .identity(name)
        .facet("language", LANGS[lang])
        .facet("tactic", TACTICS[rnd.nextInt(TACTICS.length)], TACTICS[rnd.nextInt(TACTICS.length)])
        .facet("country", COUNTRIES[rnd.nextInt(COUNTRIES.length)])
        .facet("status", STATUSES[rnd.nextInt(STATUSES.length)])
        .facet("verification", VERIFICATION[rnd.nextInt(VERIFICATION.length)])
        .facet("year", Integer.toString(2014 + rnd.nextInt(12)))
        .facet("consent", purposes)
        .access(new DocumentAccess(Set.of("acc-" + (i % 50)), Set.copyOf(purposes), rnd.nextInt(100) < 5))
        .build();
  }

  private static void measureSearches(SearchIndex index, List<SearchDocument> docs, int queries, Random rnd) {
    String[] kinds = {"word", "two words", "phrase"};
    for (int warm = 0; warm < Math.min(300, queries); warm++) {
      index.search(request(docs, rnd, warm % 3, rnd).request);
    }
    long[] all = new long[queries];
    Map<String, List<Long>> byGroup = new TreeMap<>();
    long hitsSum = 0;
    for (int q = 0; q < queries; q++) {
      Generated g = request(docs, rnd, q % 3, rnd);
      long t0 = System.nanoTime();
      SearchResult r = index.search(g.request);
      long ns = System.nanoTime() - t0;
      all[q] = ns;
      hitsSum += r.total();
      byGroup.computeIfAbsent(kinds[q % 3] + " / " + g.lang, k -> new ArrayList<>()).add(ns);
      byGroup.computeIfAbsent("all " + kinds[q % 3], k -> new ArrayList<>()).add(ns);
    }
    System.out.printf("searches: %,d (after %d warm-up), mean total hits %.0f, facet counts on 7 dimensions each%n",
        queries, Math.min(300, queries), hitsSum / (double) queries);
    System.out.println("latency ms: " + percentiles(all) + "   target p95 < 50 ms");
    byGroup.forEach((k, v) -> System.out.printf("  %-18s n=%4d %s%n", k, v.size(),
        percentiles(v.stream().mapToLong(Long::longValue).toArray())));
  }

  private static String percentiles(long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return String.format("p50 %.1f  p95 %.1f  p99 %.1f  max %.1f", s[(int) (s.length * 0.50)] / 1e6,
        s[Math.min(s.length - 1, (int) (s.length * 0.95))] / 1e6, s[Math.min(s.length - 1, (int) (s.length * 0.99))] / 1e6,
        s[s.length - 1] / 1e6);
  }

  private static final class Generated {
    final SearchRequest request;
    final String lang;

    Generated(SearchRequest request, String lang) {
      this.request = request;
      this.lang = lang;
    }
  }

  /** A query of {@code kind} (0 word, 1 two words, 2 phrase) from a random document, with typical filters. */
  private static Generated request(List<SearchDocument> docs, Random rnd, int kind, Random r2) {
    SearchDocument doc = docs.get(rnd.nextInt(docs.size()));
    String lang = doc.facets().get("language").iterator().next();
    String text = doc.text(SearchField.TEXT).get(0);
    String query;
    if (lang.equals("zh")) {
      String run = text.replaceAll("[，。]", "");
      int a = rnd.nextInt(run.length() - 8);
      int b = rnd.nextInt(run.length() - 8);
      query = kind == 0 ? run.substring(a, a + 2)
          : kind == 1 ? run.substring(a, a + 2) + " " + run.substring(b, b + 2)
          : "\"" + run.substring(a, a + 4 + rnd.nextInt(3)) + "\"";
    } else {
      String[] w = text.replace(".", "").split(" ");
      int a = rnd.nextInt(w.length - 3);
      query = kind == 0 ? w[a]
          : kind == 1 ? w[a] + " " + w[rnd.nextInt(w.length)]
          : "\"" + w[a] + " " + w[a + 1] + (rnd.nextBoolean() ? " " + w[a + 2] : "") + "\"";
    }
    int who = r2.nextInt(10);
    AccessFilter access = who < 5 ? AccessFilter.purposes(Set.of("INTERNAL_ANALYSIS"), true)
        : who < 8 ? AccessFilter.owners(Set.of("acc-" + r2.nextInt(50)))
        : AccessFilter.purposes(Set.of("PARTNER_SHARING"), true);
    SearchRequest.Builder b = SearchRequest.builder(access).query(query).page(0, 20);
    int f = r2.nextInt(10);
    if (f < 2) {
      b.filter("country", COUNTRIES[r2.nextInt(COUNTRIES.length)], COUNTRIES[r2.nextInt(COUNTRIES.length)]);
    } else if (f < 4) {
      b.filter("year", Integer.toString(2014 + r2.nextInt(12)));
    }
    return new Generated(b.build(), lang);
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Generated words per language, drawn with a Zipf distribution (s = 1). */
  private static final class Vocabulary {
    private final int lang;
    private final String[] words;
    private final double[] cumulative;
    private final String[] nameSyllables;

    private Vocabulary(int lang, String[] words, String[] nameSyllables) {
      this.lang = lang;
      this.words = words;
      this.nameSyllables = nameSyllables;
      cumulative = new double[words.length];
      double sum = 0;
      for (int i = 0; i < words.length; i++) {
        sum += 1.0 / (i + 1);
        cumulative[i] = sum;
      }
      for (int i = 0; i < words.length; i++) {
        cumulative[i] /= sum;
      }
    }

    static Vocabulary generate(int lang, Random rnd) {
      String consonants;
      String vowels;
      switch (lang) {
        case 0:
          consonants = "بپتجچخدرزسشغقكگڭلمنھۋي";
          vowels = "اەېىوۇۆۈ";
          break;
        case 2:
          consonants = "бвгджзклмнпрстфхцчш";
          vowels = "аеиоуыяюё";
          break;
        case 3:
          consonants = "бгджзклмнпрстшқғңһ";
          vowels = "аеыоұүөәі";
          break;
        case 4:
          consonants = "bcçdfgğhjklmnprsştvyz";
          vowels = "aeıioöuü";
          break;
        default:
          consonants = "bcdfghklmnprstvw";
          vowels = "aeiou";
      }
      java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>();
      while (set.size() < VOCABULARY) {
        if (lang == 1) {
          int len = 1 + (rnd.nextInt(10) < 7 ? 1 : rnd.nextInt(2));
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < len; i++) {
            sb.append(HAN.charAt(rnd.nextInt(HAN.length())));
          }
          set.add(sb.toString());
        } else {
          set.add(syllables(rnd, consonants, vowels, 1 + rnd.nextInt(4)));
        }
      }
      String[] names = new String[40];
      for (int i = 0; i < names.length; i++) {
        names[i] = lang == 1 ? String.valueOf(HAN.charAt(rnd.nextInt(HAN.length()))) : syllables(rnd, consonants, vowels, 1);
      }
      return new Vocabulary(lang, set.toArray(new String[0]), names);
    }

    private static String syllables(Random rnd, String consonants, String vowels, int n) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(consonants.charAt(rnd.nextInt(consonants.length()))).append(vowels.charAt(rnd.nextInt(vowels.length())));
        if (rnd.nextInt(3) == 0) {
          sb.append(consonants.charAt(rnd.nextInt(consonants.length())));
        }
      }
      return sb.toString();
    }

    String word(Random rnd) {
      int i = Arrays.binarySearch(cumulative, rnd.nextDouble());
      return words[Math.min(words.length - 1, i < 0 ? -i - 1 : i)];
    }

    String text(Random rnd, int n) {
      StringBuilder sb = new StringBuilder(n * 8);
      for (int i = 0; i < n; i++) {
        if (lang == 1) {
          sb.append(word(rnd)).append(i % 12 == 11 ? "，" : "");
        } else {
          sb.append(i == 0 ? "" : " ").append(word(rnd));
        }
      }
      return sb.append(lang == 1 ? "。" : ".").toString();
    }

    String name(Random rnd) {
      StringBuilder sb = new StringBuilder();
      for (int part = 0; part < 2; part++) {
        if (part > 0) {
          sb.append(lang == 1 ? "·" : " ");
        }
        int n = 2 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) {
          sb.append(nameSyllables[rnd.nextInt(nameSyllables.length)]);
        }
      }
      return sb.toString();
    }
  }

  /** HMAC-SHA256 sealer with a random key per run (the bench never reopens its index). */
  private static final class HmacSealer implements TermSealer {
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> mac;

    private HmacSealer(byte[] k) {
      key = new SecretKeySpec(k, "HmacSHA256");
      mac = ThreadLocal.withInitial(() -> {
        try {
          Mac m = Mac.getInstance("HmacSHA256");
          m.init(key);
          return m;
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
      });
    }

    static HmacSealer create() {
      byte[] k = new byte[32];
      new java.security.SecureRandom().nextBytes(k);
      return new HmacSealer(k);
    }

    @Override
    public String keyId() {
      return "bench-random";
    }

    @Override
    public byte[] seal(String input) {
      return mac.get().doFinal(input.getBytes(StandardCharsets.UTF_8));
    }
  }
}
