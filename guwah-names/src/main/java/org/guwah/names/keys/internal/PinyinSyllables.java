package org.guwah.names.keys.internal;

import java.util.HashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tone-less pinyin syllables and the generic reading of each as a Uyghur syllable, the inverse
 * of the transcription principles of DB65/T 2189-2005 (NAMES.md §4.1): pinyin {@code x} writes
 * Uyghur s or sh, {@code q} writes ch, {@code zh} writes j, {@code ai} writes e, {@code ei}
 * writes é, {@code ao} / {@code ou} / {@code uo} write o, {@code er} writes a final r, and the
 * syllables listed in {@link #CODA} write a final consonant at the end of a name part (提 ti
 * for the t of Memet).
 *
 * <p>Used for Chinese characters missing from {@link HanSyllableTable} (via ICU's pinyin) and for
 * names written in pinyin (Maimaiti Tuerxun). Stateless and thread-safe.
 */
public final class PinyinSyllables {
  /** All 409 tone-less syllables ICU's Han-Latin produces for U+4E00–U+9FFF. */
  private static final Set<String> SYLLABLES =
      Set.of(
          "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lue lun luo m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ng ni nian niang niao nie nin ning niu nong nou nu nuan nue nun nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo".split(" "));

  /** Syllables that write a final consonant when they end a name part. */
  static final Set<String> CODA =
      Set.of(
          "ti", "te", "de", "ke", "ge", "he", "mu", "fu", "pu", "bu", "si", "zi", "shi", "li",
          "le", "er", "ji", "qi", "ri", "ci", "zhi", "chi");

  /** Vowel-less syllables (呣, 嗯) that never occur in a transcribed name. */
  private static final Set<String> INTERJECTIONS = Set.of("m", "n", "ng");

  private static final int MAX_SYLLABLE = 6;

  private PinyinSyllables() {}

  /** Whether {@code s} is a tone-less pinyin syllable. */
  public static boolean isSyllable(String s) {
    return SYLLABLES.contains(s);
  }

  /**
   * Splits lower-case ASCII {@code text[from, to)} into the fewest pinyin syllables (ties: longer
   * first syllable), or returns null when it is not a chain of syllables.
   */
  public static @Nullable List<String> segment(CharSequence text, int from, int to) {
    int n = to - from;
    if (n <= 0 || n > 64) {
      return null;
    }
    int[] best = new int[n + 1];
    int[] cut = new int[n + 1];
    java.util.Arrays.fill(best, Integer.MAX_VALUE);
    best[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      for (int len = Math.min(MAX_SYLLABLE, n - i); len >= 1; len--) {
        if (best[i + len] == Integer.MAX_VALUE) {
          continue;
        }
        String piece = text.subSequence(from + i, from + i + len).toString();
        if (SYLLABLES.contains(piece) && !INTERJECTIONS.contains(piece) && best[i + len] + 1 < best[i]) {
          best[i] = best[i + len] + 1;
          cut[i] = len;
        }
      }
    }
    if (best[0] == Integer.MAX_VALUE) {
      return null;
    }
    List<String> out = new ArrayList<>(best[0]);
    int i = 0;
    while (i < n) {
      out.add(text.subSequence(from + i, from + i + cut[i]).toString());
      i += cut[i];
    }
    return out;
  }

  /**
   * The Uyghur reading of a pinyin syllable in ULY letters (see {@link Phonemes#parseUly}), or
   * the empty string for something that is not a syllable.
   */
  public static String reading(String syllable) {
    if (!SYLLABLES.contains(syllable)) {
      return "";
    }
    switch (syllable) {
      case "er":
        return "r@";
      case "m":
        return "m@";
      case "n":
        return "n@";
      case "ng":
        return "ng@";
      case "yi":
        return "i";
      case "yu":
        return "ü";
      case "yue":
        return "ye";
      case "yuan":
        return "yen";
      case "yun":
        return "ün";
      case "you":
        return "yu";
      case "yin":
        return "in";
      case "ying":
        return "ing";
      case "wu":
        return "u";
      case "wei":
        return "wé";
      default:
        break;
    }
    String initial = initialOf(syllable);
    String fin = syllable.substring(initial.length());
    boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
    String uly = initialReading(initial, fin);
    if (palatal || initial.equals("y")) {
      return uly + palatalFinal(fin);
    }
    return uly + plainFinal(fin, initial);
  }

  /** The coda reading (consonant only, filler vowel) of a syllable in {@link #CODA}. */
  public static String codaReading(String syllable) {
    if (syllable.equals("er")) {
      return "r@";
    }
    String initial = initialOf(syllable);
    return initialReading(initial, syllable.substring(initial.length())) + "@";
  }

  private static String initialOf(String s) {
    if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
      return s.substring(0, 2);
    }
    char c = s.charAt(0);
    return "bpmfdtnlgkhjqxrzcsyw".indexOf(c) >= 0 ? String.valueOf(c) : "";
  }

  private static String initialReading(String initial, String fin) {
    switch (initial) {
      case "q":
        return "ch";
      case "x":
        return fin.equals("i") || fin.equals("in") || fin.equals("ing") || fin.startsWith("u")
            ? "s"
            : "sh";
      case "zh":
        return "j";
      case "c":
        return "ch";
      default:
        return initial;
    }
  }

  /** Finals after j, q, x, y: the medial i is part of the consonant, u is ü. */
  private static String palatalFinal(String fin) {
    switch (fin) {
      case "i":
        return "i";
      case "ia":
      case "a":
        return "a";
      case "ie":
      case "e":
        return "e";
      case "iao":
      case "ao":
        return "o";
      case "iu":
      case "ou":
        return "u";
      case "ian":
      case "an":
        return "an";
      case "iang":
      case "ang":
        return "ang";
      case "in":
        return "in";
      case "ing":
        return "ing";
      case "iong":
      case "ong":
        return "ung";
      case "u":
        return "ü";
      case "ue":
        return "e";
      case "uan":
        return "en";
      case "un":
        return "ün";
      case "o":
        return "o";
      default:
        return plainFinal(fin, "");
    }
  }

  private static String plainFinal(String fin, String initial) {
    switch (fin) {
      case "ai":
        return "e";
      case "ei":
        return "é";
      case "ao":
      case "ou":
      case "uo":
        return "o";
      case "ong":
        return "ung";
      case "ia":
        return "ya";
      case "ie":
        return "ye";
      case "iao":
        return "yo";
      case "iu":
        return "yu";
      case "ian":
        return "yen";
      case "iang":
        return "yang";
      case "iong":
        return "yung";
      case "ua":
        return "wa";
      case "uai":
        return "we";
      case "ui":
        return "wé";
      case "uan":
        return "wan";
      case "uang":
        return "wang";
      case "v":
      case "u:":
        return "ü";
      case "ue":
      case "ve":
        return "ye";
      case "eng":
        return "eng";
      default:
        return fin;
    }
  }
}
