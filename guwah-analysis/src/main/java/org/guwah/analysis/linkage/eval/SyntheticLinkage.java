package org.guwah.analysis.linkage.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.guwah.analysis.linkage.LinkRecord;

/**
 * Generates synthetic person records from four kinds of source, with known truth, for measuring
 * linkage quality. Every person is named given name + father's given name (Uyghur or Kazakh,
 * drawn with a Zipf-like popularity so that namesakes are common), has a birth date, a hometown
 * county and a well-formed resident ID; each appears in one to four records.
 *
 * <p>Sources and their renderings:
 *
 * <ul>
 *   <li>{@code police}: a leaked spreadsheet — Chinese characters (standard or legacy forms, the
 *       two differing between leaks; homophones; every middle-dot variant, a space or none),
 *       resident IDs (digit errors, adjacent swaps, Excel truncation to {@code ...000} or {@code
 *       6.53101E+17}, 15-digit legacy form, full-width digits), 男/女, county codes or names;
 *   <li>{@code ngo}: a diaspora list in Latin letters — Uyghur Latin, English-style (kh/h, k/q,
 *       a/e), Turkish, passport Latin, pinyin of the Chinese rendering, Kazakh Latin with
 *       -uly/-qyzy; birth years (often a year off), places in English or Uyghur Latin;
 *   <li>{@code kz_register}: a Kazakhstan group's register in Cyrillic — Russianised spellings with
 *       -ов/-ова surnames or -ович/-овна patronymics, Kazakh -ұлы/-қызы, surname first; dates as
 *       DD.MM.YYYY, some 15-digit IDs;
 *   <li>{@code testimony}: relatives' testimonies — Uyghur Arabic script, Uyghur Latin, Yéngi
 *       Yéziq, Kazakh Cyrillic; approximate birth years; places in Arabic script.
 * </ul>
 *
 * <p>On top: father's name missing, given and father's name swapped, one typing error (FEBRL/GeCo
 * style: substitution, deletion, insertion, transposition, rarely on a first letter), birth year
 * off by one, day and month swapped, missing fields, a rare wrong sex, and "hard namesakes": people
 * who copy an earlier person's full name and often their birth year or county.
 *
 * <p>Deterministic for a seed. Pure: no I/O. All names, dates and IDs are synthetic.
 */
public final class SyntheticLinkage {
  /** The sources, in the order their records are numbered. */
  public static final List<String> SOURCES = List.of("police", "ngo", "kz_register", "testimony");

  /**
   * How hard a generated set is: name popularity, planted namesakes, and how often each source
   * gives each field (percentages).
   *
   * @param zipf popularity of the n-th name of a pool falls as n^-zipf
   * @param copyName persons who copy an earlier person's full name (half of them also the birth
   *     year ± 1, four in ten the county)
   * @param fatherMissing records of the Latin and testimony sources without the father's name
   * @param year records of the NGO and testimony sources with a birth year
   * @param date records of the police and Kazakh sources with a full birth date
   * @param sex records with a sex
   * @param place records with a place
   * @param prefectureOnly places given only as a prefecture
   */
  public record Profile(
      String name,
      double zipf,
      int copyName,
      int fatherMissing,
      int year,
      int date,
      int sex,
      int place,
      int prefectureOnly) {
    /** The default set: about a third of persons have a namesake; lists about as complete as real ones. */
    public static final Profile STANDARD = new Profile("standard", 0.2, 4, 3, 96, 80, 98, 95, 5);
    /** Sparse records and about half of persons with a namesake. */
    public static final Profile HARD = new Profile("hard", 0.5, 8, 15, 75, 55, 75, 60, 30);

    /** The profile named {@code name} ({@code standard} or {@code hard}). */
    public static Profile named(String name) {
      return switch (name) {
        case "standard" -> STANDARD;
        case "hard" -> HARD;
        default -> throw new IllegalArgumentException("unknown profile " + name + " (standard or hard)");
      };
    }
  }

  private static final char[] DOTS = {'·', '・', '‧', '•', '．'};
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /**
   * A generated set.
   *
   * @param records the records, in shuffled order
   * @param truth record id → person id
   * @param summary what the set holds
   */
  public record Dataset(List<LinkRecord> records, Map<String, String> truth, Summary summary) {
    public Dataset {
      records = List.copyOf(records);
      truth = Collections.unmodifiableMap(new LinkedHashMap<>(truth));
    }
  }

  /**
   * Counts describing a generated set.
   *
   * @param persons distinct persons
   * @param records records
   * @param namesakeShare share of persons whose given + father's name (canonical spelling) another
   *     person also has
   * @param perSource records per source
   * @param perScript records per name script (latin, arabic, cyrillic, hanzi, none)
   */
  public record Summary(
      int persons,
      int records,
      double namesakeShare,
      Map<String, Integer> perSource,
      Map<String, Integer> perScript) {
    public Summary {
      perSource = Map.copyOf(perSource);
      perScript = Map.copyOf(perScript);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%d records of %d persons, %.1f%% of persons have a namesake; sources %s; scripts %s",
          records, persons, 100 * namesakeShare, new java.util.TreeMap<>(perSource),
          new java.util.TreeMap<>(perScript));
    }
  }

  /** One synthetic person. */
  private static final class Person {
    int id;
    boolean kazakh;
    boolean male;
    PoolName given;
    PoolName father;
    LocalDate birth;
    GenCounties.County county;
    String residentId;
    boolean legacyHanzi;
  }

  private final SplittableRandom rnd;
  private final List<Person> persons = new ArrayList<>();
  private final Set<String> issuedIds = new HashSet<>();
  private final Map<String, Integer> counters = new HashMap<>();

  private final Profile profile;

  private SyntheticLinkage(long seed, Profile profile) {
    this.rnd = new SplittableRandom(seed);
    this.profile = profile;
  }

  /**
   * Generates {@code records} records with the {@link Profile#STANDARD} profile.
   *
   * @throws IllegalArgumentException if {@code records} is not positive
   */
  public static Dataset generate(int records, long seed) {
    return generate(records, seed, Profile.STANDARD);
  }

  /**
   * Generates {@code records} records.
   *
   * @throws IllegalArgumentException if {@code records} is not positive
   */
  public static Dataset generate(int records, long seed, Profile profile) {
    if (records < 1) {
      throw new IllegalArgumentException("records must be positive");
    }
    return new SyntheticLinkage(seed, profile).run(records);
  }

  private Dataset run(int target) {
    List<LinkRecord> out = new ArrayList<>(target + 4);
    Map<String, String> truth = new HashMap<>();
    Map<String, Integer> perSource = new HashMap<>();
    Map<String, Integer> perScript = new HashMap<>();
    while (out.size() < target) {
      Person p = person();
      int k = pick(40, 30, 18, 12) + 1;
      for (int i = 0; i < k && out.size() < target; i++) {
        String source = SOURCES.get(p.kazakh ? pick(30, 15, 35, 20) : pick(35, 30, 10, 25));
        LinkRecord r = render(p, source);
        out.add(r);
        truth.put(r.id(), String.format(Locale.ROOT, "P%07d", p.id));
        perSource.merge(source, 1, Integer::sum);
        perScript.merge(script(r.name()), 1, Integer::sum);
      }
    }
    // shuffle deterministically
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, rnd.nextInt(i + 1));
    }
    Set<Integer> present = new HashSet<>();
    for (String pid : truth.values()) {
      present.add(Integer.parseInt(pid.substring(1)));
    }
    Map<String, Integer> byName = new HashMap<>();
    for (Person p : persons) {
      if (present.contains(p.id)) {
        byName.merge(p.given.latin() + " " + p.father.latin(), 1, Integer::sum);
      }
    }
    int namesakes = 0;
    for (Person p : persons) {
      if (present.contains(p.id) && byName.get(p.given.latin() + " " + p.father.latin()) > 1) {
        namesakes++;
      }
    }
    Summary summary =
        new Summary(present.size(), out.size(), (double) namesakes / present.size(), perSource, perScript);
    return new Dataset(out, truth, summary);
  }

  private static String script(String name) {
    for (int i = 0; i < name.length(); i++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(name.charAt(i));
      switch (s) {
        case HAN:
          return "hanzi";
        case ARABIC:
          return "arabic";
        case CYRILLIC:
          return "cyrillic";
        case LATIN:
          return "latin";
        default:
          break;
      }
    }
    return "none";
  }

  // ---- persons ---------------------------------------------------------------------------

  private Person person() {
    Person p = new Person();
    p.id = persons.size() + 1;
    p.kazakh = rnd.nextInt(100) < 20;
    p.male = rnd.nextInt(100) < 55;
    Person twin = rnd.nextInt(100) < profile.copyName() ? namesakeOf(p) : null;
    if (twin != null) {
      p.given = twin.given;
      p.father = twin.father;
    } else {
      p.given = zipf(pool(p.kazakh, p.male));
      do {
        p.father = zipf(pool(p.kazakh, true));
      } while (p.father == p.given);
    }
    int year;
    if (twin != null && rnd.nextBoolean()) {
      year = twin.birth.getYear() + rnd.nextInt(3) - 1;
    } else {
      year = 1945 + rnd.nextInt(60);
    }
    int month = 1 + rnd.nextInt(12);
    int day = 1 + rnd.nextInt(LocalDate.of(year, month, 1).lengthOfMonth());
    p.birth = LocalDate.of(year, month, day);
    List<GenCounties.County> counties = p.kazakh ? GenCounties.KAZAKH : GenCounties.UYGHUR;
    p.county =
        twin != null && rnd.nextInt(10) < 4 && counties.contains(twin.county)
            ? twin.county
            : counties.get(rnd.nextInt(counties.size()));
    p.residentId = residentId(p);
    p.legacyHanzi = rnd.nextInt(10) < 4;
    persons.add(p);
    return p;
  }

  private Person namesakeOf(Person p) {
    for (int attempt = 0; attempt < 10 && !persons.isEmpty(); attempt++) {
      Person other = persons.get(rnd.nextInt(persons.size()));
      if (other.kazakh == p.kazakh && other.male == p.male) {
        return other;
      }
    }
    return null;
  }

  private static List<PoolName> pool(boolean kazakh, boolean male) {
    if (kazakh) {
      return male ? NamePool.KAZAKH_MALE : NamePool.KAZAKH_FEMALE;
    }
    return male ? NamePool.UYGHUR_MALE : NamePool.UYGHUR_FEMALE;
  }

  /** A name with popularity falling as 1/(rank+1)^zipf. */
  private PoolName zipf(List<PoolName> names) {
    double total = 0;
    for (int i = 0; i < names.size(); i++) {
      total += Math.pow(i + 1, -profile.zipf());
    }
    double r = rnd.nextDouble() * total;
    for (int i = 0; i < names.size(); i++) {
      r -= Math.pow(i + 1, -profile.zipf());
      if (r <= 0) {
        return names.get(i);
      }
    }
    return names.get(names.size() - 1);
  }

  private String residentId(Person p) {
    String date = String.format(Locale.ROOT, "%04d%02d%02d", p.birth.getYear(), p.birth.getMonthValue(), p.birth.getDayOfMonth());
    while (true) {
      int seq = p.male ? rnd.nextInt(500) * 2 + 1 : (rnd.nextInt(499) + 1) * 2;
      String first17 = p.county.codeInId(p.birth.getYear()) + date + String.format(Locale.ROOT, "%03d", seq);
      if (issuedIds.add(first17)) {
        return first17 + check(first17);
      }
    }
  }

  private static char check(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  // ---- records ---------------------------------------------------------------------------

  private LinkRecord render(Person p, String source) {
    String id = source + "-" + String.format(Locale.ROOT, "%06d", counters.merge(source, 1, Integer::sum));
    return switch (source) {
      case "police" -> police(id, p);
      case "ngo" -> ngo(id, p);
      case "kz_register" -> kzRegister(id, p);
      default -> testimony(id, p);
    };
  }

  private boolean chance(int percent) {
    return rnd.nextInt(1000) < percent * 10;
  }

  private int pick(int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rnd.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private LinkRecord police(String id, Person p) {
    boolean legacy = p.legacyHanzi ^ chance(20);
    String g = Scripts.hanzi(p.given, legacy, 0.03, rnd);
    String f = Scripts.hanzi(p.father, legacy, 0.03, rnd);
    String name;
    if (chance(2)) {
      name = g;
    } else {
      int sep = pick(60, 10, 5, 5, 5, 5, 10);
      name = sep < 5 ? g + DOTS[sep] + f : sep == 5 ? g + " " + f : g + f;
    }
    String idNumber = chance(95) ? corruptId(p, true) : "";
    String birthDate = "";
    if (chance(profile.date())) {
      birthDate = date(p.birth, pick(50, 30, 20) == 0 ? "iso" : chance(50) ? "compact" : "chinese");
    }
    String sex = chance(profile.sex()) ? wrongSex(p) ? (p.male ? "女" : "男") : (p.male ? "男" : "女") : "";
    String place = "";
    if (chance(profile.place())) {
      int k = pick(50, 50 - profile.prefectureOnly(), profile.prefectureOnly());
      place = k == 0 ? p.county.code() : k == 1 ? p.county.hanzi() : p.county.prefecture().hanzi();
    }
    return LinkRecord.of(id, "police", name, sex, birthDate, "", place, idNumber);
  }

  private LinkRecord ngo(String id, Person p) {
    String g;
    String f;
    if (p.kazakh) {
      int k = pick(60, 30, 10);
      if (k == 2) {
        g = Scripts.pinyin(Scripts.hanzi(p.given, false, 0, rnd));
        f = Scripts.pinyin(Scripts.hanzi(p.father, false, 0, rnd));
      } else {
        g = p.given.latin();
        f = k == 0 && chance(50) ? p.father.latin() + (p.male ? "uly" : "qyzy") : p.father.latin();
      }
    } else {
      int k = pick(30, 45, 10, 10, 5);
      g = uyghurLatin(p.given, k);
      f = uyghurLatin(p.father, k);
    }
    String name = twoParts(g, f, profile.fatherMissing(), 10);
    if (chance(12)) {
      name = Scripts.typo(name, rnd);
    }
    String birthYear = "";
    String birthDate = "";
    if (chance(15)) {
      birthDate = date(p.birth, "dmy-slash");
    } else if (chance(profile.year())) {
      birthYear = Integer.toString(p.birth.getYear() + (chance(15) ? (rnd.nextBoolean() ? 1 : -1) : 0));
    }
    String sex = "";
    if (chance(profile.sex())) {
      boolean m = p.male ^ wrongSex(p);
      sex = chance(50) ? (m ? "M" : "F") : (m ? "male" : "female");
    }
    String place = "";
    if (chance(profile.place())) {
      int k = pick(60, 40 - profile.prefectureOnly(), profile.prefectureOnly());
      place = k == 0 ? p.county.english() : k == 1 ? p.county.uly() : p.county.prefecture().english();
    }
    String idNumber = chance(15) ? (chance(10) ? digitError(p.residentId) : p.residentId) : "";
    return LinkRecord.of(id, "ngo", name, sex, birthDate, birthYear, place, idNumber);
  }

  private String uyghurLatin(PoolName n, int kind) {
    return switch (kind) {
      case 0 -> chance(30) ? Scripts.ulyWithDiaeresis(n.latin()) : n.latin();
      case 1 -> Scripts.english(n.latin(), rnd);
      case 2 -> Scripts.turkish(n.latin());
      case 3 -> Scripts.plain(n.latin());
      default -> Scripts.pinyin(Scripts.hanzi(n, false, 0, rnd));
    };
  }

  private LinkRecord kzRegister(String id, Person p) {
    String g;
    String f;
    boolean familyFirst;
    if (p.kazakh) {
      int k = pick(50, 40, 10);
      if (k == 0) {
        g = p.given.cyrillic();
        f = p.father.cyrillic() + (p.male ? "ұлы" : "қызы");
      } else if (k == 1) {
        g = Scripts.russian(p.given.cyrillic());
        f = Scripts.surname(Scripts.russian(p.father.cyrillic()), p.male);
      } else {
        g = p.given.cyrillic();
        f = p.father.cyrillic();
      }
      familyFirst = k == 1 && chance(30);
    } else {
      int k = pick(60, 15, 25);
      String gc = Scripts.cyrillic(p.given.latin());
      String fc = Scripts.cyrillic(p.father.latin());
      if (k == 0) {
        g = Scripts.russian(gc);
        f = Scripts.surname(Scripts.russian(fc), p.male);
      } else if (k == 1) {
        g = Scripts.russian(gc);
        f = Scripts.patronymic(Scripts.russian(fc), p.male);
      } else {
        g = gc;
        f = fc;
      }
      familyFirst = k == 0 && chance(40);
    }
    String name = chance(5) ? g : familyFirst ? f + " " + g : g + " " + f;
    if (chance(10)) {
      name = Scripts.typo(name, rnd);
    }
    String birthDate = "";
    String birthYear = "";
    int shift = chance(5) ? (rnd.nextBoolean() ? 1 : -1) : 0;
    if (chance(profile.date() + 10)) {
      LocalDate d = p.birth.plusYears(shift);
      birthDate = chance(3) && d.getDayOfMonth() <= 12 ? swapDayMonth(d) : date(d, "dmy-dot");
    } else if (chance(50)) {
      birthYear = Integer.toString(p.birth.getYear() + shift);
    }
    String sex = "";
    if (chance(profile.sex())) {
      boolean m = p.male ^ wrongSex(p);
      int k = pick(40, 30, 30);
      sex = k == 0 ? (m ? "м" : "ж") : k == 1 ? (m ? "М" : "Ж") : (m ? "Ер" : "Әйел");
    }
    String place = "";
    if (chance(profile.place())) {
      place = chance(profile.prefectureOnly()) ? p.county.prefecture().russian() : Scripts.cyrillic(p.county.uly());
    }
    String idNumber = "";
    if (chance(30)) {
      idNumber = chance(30) && p.birth.getYear() < 2000 ? fifteen(p.residentId) : p.residentId;
      if (chance(5)) {
        idNumber = digitError(idNumber);
      }
    }
    return LinkRecord.of(id, "kz_register", name, sex, birthDate, birthYear, place, idNumber);
  }

  private LinkRecord testimony(String id, Person p) {
    String g;
    String f;
    if (p.kazakh) {
      boolean cyr = chance(60);
      g = cyr ? p.given.cyrillic() : p.given.latin();
      f = cyr ? p.father.cyrillic() : p.father.latin();
    } else {
      int k = pick(60, 20, 5, 15);
      g = uyghurScript(p.given, k);
      f = uyghurScript(p.father, k);
    }
    String name = twoParts(g, f, 2 * profile.fatherMissing(), 5);
    if (chance(8)) {
      name = Scripts.typo(name, rnd);
    }
    String birthYear = "";
    if (chance(profile.year() - 10)) {
      birthYear = Integer.toString(p.birth.getYear() + (chance(25) ? (rnd.nextBoolean() ? 1 : -1) : 0));
    }
    String sex = "";
    if (chance(profile.sex())) {
      boolean m = p.male ^ wrongSex(p);
      sex = chance(50) ? (m ? "ئەر" : "ئايال") : (m ? "male" : "female");
    }
    String place = "";
    if (chance(profile.place())) {
      int k = pick(60, 40 - profile.prefectureOnly(), profile.prefectureOnly());
      place =
          k == 0
              ? Scripts.arabic(p.county.uly())
              : k == 1 ? p.county.uly() : p.county.prefecture().uly();
    }
    return LinkRecord.of(id, "testimony", name, sex, "", birthYear, place, "");
  }

  private String uyghurScript(PoolName n, int kind) {
    return switch (kind) {
      case 0 -> Scripts.arabic(n.latin());
      case 1 -> n.latin();
      case 2 -> Scripts.yengiYeziq(n.latin());
      default -> Scripts.english(n.latin(), rnd);
    };
  }

  /** Given + father's name, with the father's name missing or the order swapped sometimes. */
  private String twoParts(String g, String f, int missingPercent, int swapPercent) {
    if (chance(missingPercent)) {
      return g;
    }
    return chance(swapPercent) ? f + " " + g : g + " " + f;
  }

  private boolean wrongSex(Person p) {
    return rnd.nextInt(1000) < 3;
  }

  private static String date(LocalDate d, String style) {
    return switch (style) {
      case "iso" -> d.toString();
      case "compact" -> String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      case "chinese" -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
      case "dmy-slash" -> String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      default -> String.format(Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    };
  }

  private static String swapDayMonth(LocalDate d) {
    return String.format(Locale.ROOT, "%02d.%02d.%04d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
  }

  /** A police-list ID with the damage such lists show. */
  private String corruptId(Person p, boolean spreadsheet) {
    String id = p.residentId;
    int k = pick(79, 3, 2, 8, 2, 4, 2);
    return switch (k) {
      case 1 -> digitError(id);
      case 2 -> transposition(id);
      case 3 -> spreadsheet ? id.substring(0, 15) + "000" : id;
      case 4 -> id.charAt(0) + "." + id.substring(1, 6) + "E+17";
      case 5 -> p.birth.getYear() < 2000 ? fifteen(id) : id;
      case 6 -> fullWidth(id);
      default -> chance(10) ? id.toLowerCase(Locale.ROOT) : id;
    };
  }

  private String digitError(String id) {
    if (id.length() < 15) {
      return id;
    }
    int at = 6 + rnd.nextInt(Math.min(id.length(), 17) - 6);
    char c = id.charAt(at);
    char d;
    do {
      d = (char) ('0' + rnd.nextInt(10));
    } while (d == c);
    return id.substring(0, at) + d + id.substring(at + 1);
  }

  private String transposition(String id) {
    for (int attempt = 0; attempt < 10; attempt++) {
      int at = rnd.nextInt(16);
      if (id.charAt(at) != id.charAt(at + 1)) {
        return id.substring(0, at) + id.charAt(at + 1) + id.charAt(at) + id.substring(at + 2);
      }
    }
    return id;
  }

  private static String fifteen(String id18) {
    return id18.substring(0, 6) + id18.substring(8, 17);
  }

  private static String fullWidth(String id) {
    StringBuilder b = new StringBuilder();
    for (char c : id.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
    }
    return b.toString();
  }
}
