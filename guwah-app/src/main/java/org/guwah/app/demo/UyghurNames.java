package org.guwah.app.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Forty common Uyghur given names in five scripts. A synthetic person is named <em>given name +
 * father's given name</em> (the Uyghur patronymic pattern, NAMES.md §1), both drawn from here.
 * Combinations that are the names of well-known real people in the news are never produced.
 */
final class UyghurNames {
  static final List<GivenName> MALE = List.of(
      new GivenName(true, "Memet", "مەمەت", "Мәмәт", "麦麦提", "买买提", "Mehmet"),
      new GivenName(true, "Abdulla", "ئابدۇللا", "Абдулла", "阿卜都拉", "阿不都拉", "Abdullah"),
      new GivenName(true, "Tursun", "تۇرسۇن", "Турсун", "吐尔逊", null, "Tursun"),
      new GivenName(true, "Ablikim", "ئابلىكىم", "Абликим", "阿不力克木", null, "Ablikim"),
      new GivenName(true, "Exmet", "ئەخمەت", "Әхмәт", "艾合麦提", "艾合买提", "Ahmet"),
      new GivenName(true, "Qurban", "قۇربان", "Қурбан", "库尔班", null, "Kurban"),
      new GivenName(true, "Ilyas", "ئىلياس", "Иляс", "伊力亚斯", null, "İlyas"),
      new GivenName(true, "Yusup", "يۇسۇپ", "Юсуп", "玉素甫", null, "Yusuf"),
      new GivenName(true, "Ömer", "ئۆمەر", "Өмәр", "吾买尔", null, "Ömer"),
      new GivenName(true, "Hesen", "ھەسەن", "Һәсән", "艾山", null, "Hasan"),
      new GivenName(true, "Ismayil", "ئىسمايىل", "Исмайил", "司马义", null, "İsmail"),
      new GivenName(true, "Rozi", "روزى", "Рози", "若孜", "肉孜", "Rozi"),
      new GivenName(true, "Nurmemet", "نۇرمەمەت", "Нурмәмәт", "努尔麦麦提", "努尔买买提", "Nurmehmet"),
      new GivenName(true, "Abduréhim", "ئابدۇرېھىم", "Абдуреһим", "阿卜都热依木", "阿不都热依木", "Abdurrahim"),
      new GivenName(true, "Kérim", "كېرىم", "Керим", "克里木", null, "Kerim"),
      new GivenName(true, "Obul", "ئوبۇل", "Обул", "吾布力", null, "Obul"),
      new GivenName(true, "Tahir", "تاھىر", "Таһир", "塔依尔", null, "Tahir"),
      new GivenName(true, "Erkin", "ئەركىن", "Әркин", "艾尔肯", null, "Erkin"),
      new GivenName(true, "Mamut", "مامۇت", "Мамут", "麻木提", null, "Mahmut"),
      new GivenName(true, "Adil", "ئادىل", "Адил", "阿迪力", null, "Adil"),
      new GivenName(true, "Perhat", "پەرھات", "Пәрһат", "帕尔哈提", null, "Ferhat"),
      new GivenName(true, "Ghopur", "غوپۇر", "Ғопур", "吾甫尔", null, "Gafur"));

  static final List<GivenName> FEMALE = List.of(
      new GivenName(false, "Gülnar", "گۈلنار", "Гүлнар", "古丽娜尔", null, "Gülnar"),
      new GivenName(false, "Aygül", "ئايگۈل", "Айгүл", "阿依古丽", null, "Aygül"),
      new GivenName(false, "Rahile", "راھىلە", "Раһилә", "热依拉", null, "Rahile"),
      new GivenName(false, "Patigül", "پاتىگۈل", "Патигүл", "帕提古丽", null, "Fatigül"),
      new GivenName(false, "Méhriban", "مېھرىبان", "Меһрибан", "米热班", null, "Mihriban"),
      new GivenName(false, "Zulpiye", "زۇلپىيە", "Зулпийә", "祖丽皮亚", null, "Zülfiye"),
      new GivenName(false, "Xediche", "خەدىچە", "Хәдичә", "海迪且", null, "Hatice"),
      new GivenName(false, "Nurgül", "نۇرگۈل", "Нургүл", "努尔古丽", null, "Nurgül"),
      new GivenName(false, "Mihray", "مىھراي", "Миһрай", "米合日阿依", null, "Mihray"),
      new GivenName(false, "Ayshem", "ئايشەم", "Айшәм", "阿依先木", null, "Ayşem"),
      new GivenName(false, "Gülbahar", "گۈلباھار", "Гүлбаһар", "古丽巴哈尔", null, "Gülbahar"),
      new GivenName(false, "Arzigül", "ئارزىگۈل", "Арзигүл", "阿孜古丽", null, "Arzigül"),
      new GivenName(false, "Tursungül", "تۇرسۇنگۈل", "Турсунгүл", "吐尔逊古丽", null, "Tursungül"),
      new GivenName(false, "Sa'adet", "سائادەت", "Саадәт", "萨阿代提", null, "Saadet"),
      new GivenName(false, "Meryem", "مەريەم", "Мәрйәм", "麦尔耶姆", null, "Meryem"),
      new GivenName(false, "Aynur", "ئاينۇر", "Айнур", "阿依努尔", null, "Aynur"),
      new GivenName(false, "Dilnur", "دىلنۇر", "Дилнур", "迪丽努尔", null, "Dilnur"),
      new GivenName(false, "Reyhan", "رەيھان", "Рәйһан", "热依汗", null, "Reyhan"));

  /**
   * Given name + father's name pairs (ULY) that name well-known real people (detainees, writers,
   * public figures in the news): never generated.
   */
  static final Set<String> REAL_PEOPLE = Set.of(
      "Perhat Tursun", "Qurban Mamut", "Erkin Tursun", "Mihray Erkin");

  private UyghurNames() {}

  static GivenName given(Random rnd, boolean male) {
    return Draws.one(rnd, male ? MALE : FEMALE);
  }

  /** A father's name for a child named {@code given}: male, different, not a real person's name. */
  static GivenName father(Random rnd, GivenName given) {
    while (true) {
      GivenName f = Draws.one(rnd, MALE);
      if (f != given && allowed(given, f)) {
        return f;
      }
    }
  }

  /** Whether {@code given + father} may be generated. */
  static boolean allowed(GivenName given, GivenName father) {
    return !REAL_PEOPLE.contains(given.uly() + " " + father.uly());
  }
}
