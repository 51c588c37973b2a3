package org.guwah.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic testimonies from small word lists in Uyghur (Arabic script), Chinese, Russian, Kazakh,
 * Turkish and English, with generated names. No real person's name; no real testimony.
 */
public final class SyntheticCorpus {
  public static final String[] UYGHUR = {
    "ئائىلە", "ئانا", "دادا", "لاگېر", "تۈرمە", "ساقچى", "تېلېفون", "خەۋەر", "يىل", "ئاكا", "سىڭىل",
    "مەكتەپ", "ئۆي", "يېزا", "دوست", "ئالاقە", "ئۈزۈلدى", "كۆرمىدىم", "بالا", "تۇغقان", "خىزمەت",
    "ئوقۇغۇچى", "چەتئەل", "پاسپورت", "ۋاقىت", "ھۆكۈمەت", "سوراق", "قورقۇنچ", "يالغۇز", "ئېلىپ", "كەتتى",
    "ئۆلۈم", "تەھدىت", "ئەلچىخانا", "ھەمشىرە", "يۇرت", "دەرد", "ۋە", "بىلەن", "مېنىڭ"
  };
  public static final String[] CHINESE = {
    "父亲", "母亲", "哥哥", "姐姐", "警察", "电话", "失去", "联系", "学校", "监狱", "判刑", "年", "护照",
    "国外", "邻居", "朋友", "害怕", "威胁", "消息", "家人", "工作", "学生", "审问", "被", "带走", "了",
    "我", "的", "他", "她", "在", "和", "没有", "使馆", "边境", "回国"
  };
  public static final String[] RUSSIAN = {
    "отец", "мать", "брат", "сестра", "полиция", "лагерь", "телефон", "связь", "потеряли", "арестовали",
    "год", "школа", "паспорт", "граница", "угрожали", "посольство", "семья", "ещё", "всё", "допрос",
    "соседи", "работа", "студент", "страх", "сообщение", "родственники", "и", "в", "не", "мы"
  };
  public static final String[] KAZAKH = {
    "әке", "ана", "аға", "қарындас", "хабар", "байланыс", "үзілді", "жыл", "мектеп", "құжат", "елші",
    "отбасы", "қорқыныш", "ұсталды", "көрмедім", "туысқан", "ақпарат", "шекара", "және", "біз"
  };
  public static final String[] TURKISH = {
    "baba", "anne", "kardeş", "polis", "kamp", "telefon", "bağlantı", "kesildi", "yıl", "okul", "pasaport",
    "büyükelçilik", "tehdit", "aile", "gözaltı", "korku", "haber", "akraba", "ısrar", "ve", "bir", "çok"
  };
  public static final String[] ENGLISH = {
    "father", "mother", "brother", "sister", "police", "camp", "phone", "contact", "lost", "detained",
    "year", "school", "passport", "embassy", "threatened", "family", "border", "fear", "message",
    "relatives", "interrogated", "released", "sentenced", "neighbour", "work", "student", "the", "and", "we"
  };
  public static final String[][] LANGUAGES = {UYGHUR, CHINESE, RUSSIAN, KAZAKH, TURKISH, ENGLISH};
  public static final String[] LANGUAGE_CODES = {"ug", "zh", "ru", "kk", "tr", "en"};
  public static final String[] TACTICS = {"THREAT_FAMILY", "INFO_DEMAND", "RETURN_PRESSURE", "EMBASSY_PRESSURE",
    "ONLINE_HARASSMENT", "DOCUMENT_DENIAL"};
  public static final String[] COUNTRIES = {"TR", "KZ", "DE", "US", "NL", "SE"};
  public static final String[] STATUSES = {"IN_CAMP", "SENTENCED", "DISAPPEARED", "RELEASED_WATCHED", "NO_CONTACT"};
  public static final String[] VERIFICATION = {"REPORTED", "PARTIALLY_VERIFIED", "CORROBORATED", "DOCUMENTED"};

  private static final String[] LATIN_SYLLABLES = {"ka", "ra", "bil", "nur", "za", "te", "gul", "mi", "sa", "dan", "er", "ki"};
  private static final String[] ARABIC_SYLLABLES = {"كا", "را", "بىل", "نۇر", "زا", "تې", "گۈل", "مى", "سا", "دان"};
  private static final String[] HAN_SYLLABLES = {"卡", "拉", "比", "努", "尔", "扎", "特", "古", "米", "萨", "丹"};

  private SyntheticCorpus() {}

  /** {@code words} words of language {@code lang} (index into {@link #LANGUAGES}); Chinese unspaced. */
  public static String sentence(Random rnd, int lang, int words) {
    String[] list = LANGUAGES[lang];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (lang == 1) {
        sb.append(list[rnd.nextInt(list.length)]);
        if (i % 7 == 6) {
          sb.append('，');
        }
      } else {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(list[rnd.nextInt(list.length)]);
      }
    }
    sb.append(lang == 1 ? "。" : ".");
    return sb.toString();
  }

  /** A generated two-part name in the script of {@code lang}. */
  public static String name(Random rnd, int lang) {
    if (lang == 0) {
      return word(rnd, ARABIC_SYLLABLES) + " " + word(rnd, ARABIC_SYLLABLES);
    }
    if (lang == 1) {
      return word(rnd, HAN_SYLLABLES) + "·" + word(rnd, HAN_SYLLABLES);
    }
    String n = word(rnd, LATIN_SYLLABLES) + " " + word(rnd, LATIN_SYLLABLES);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  private static String word(Random rnd, String[] syllables) {
    int n = 2 + rnd.nextInt(2);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(syllables[rnd.nextInt(syllables.length)]);
    }
    return sb.toString();
  }

  /** {@code count} testimonies with ids {@code prefix-N}, languages in turn, readable for internal analysis. */
  public static List<SearchDocument> testimonies(String prefix, int count, long seed) {
    Random rnd = new Random(seed);
    List<SearchDocument> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int lang = i % LANGUAGES.length;
      out.add(SearchDocument.builder(prefix + "-" + i, RecordKind.TESTIMONY)
          .text(sentence(rnd, lang, 30 + rnd.nextInt(40)))
          .identity(name(rnd, lang))
          .facet("language", LANGUAGE_CODES[lang])
          .facet("tactic", TACTICS[rnd.nextInt(TACTICS.length)])
          .facet("country", COUNTRIES[rnd.nextInt(COUNTRIES.length)])
          .facet("year", Integer.toString(2017 + rnd.nextInt(8)))
          .access(DocumentAccess.of(List.of("acc-" + (i % 3)), List.of("INTERNAL_ANALYSIS")))
          .build());
    }
    return out;
  }
}
