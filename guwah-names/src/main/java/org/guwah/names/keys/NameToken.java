package org.guwah.names.keys;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.guwah.names.DetectedScript;
import org.jspecify.annotations.Nullable;

/**
 * One part of a name in comparable form.
 *
 * <ul>
 *   <li>{@link #latin()}: a canonical Latin spelling in Uyghur Latin (ULY) letters (é, ö, ü, ch,
 *       gh, ng, sh, zh, x for kh), e.g. {@code memet}, {@code tursun}, {@code ilham}; for a
 *       Chinese rendering a best guess ({@code 伊力哈木} → {@code ilham});
 *   <li>{@link #phoneticKey()}: the fine key, one ASCII character per sound (vowels {@code a e
 *       E i o O u U}, {@code @} for a vowel Chinese adds after a final consonant, ULY consonants
 *       with {@code C G N S Z} for ch gh ng sh zh, {@code L} for the l of a Chinese rendering,
 *       which writes r too, {@code R} for its r), doubled sounds collapsed and any patronymic
 *       ending removed; compared by {@link NameSimilarity};
 *   <li>{@link #blockingKey()}: the coarse key, the consonant classes only (P = b p f, T = t d, K =
 *       k q g gh, S = s sh z zh j ch, L = l r, M = m, N = n ng; vowels, y, w, v, h and x left out),
 *       e.g. {@code MMT} for Memet, Mamat, Mehmet, Мамед, مەمەت, 买买提, 麦麦提 and Maimaiti.
 * </ul>
 *
 * <p>Immutable and thread-safe. Holds identity data: {@link #toString()} shows only the role and
 * script.
 */
public final class NameToken {
  private final String latin;
  private final String phoneticKey;
  private final String blockingKey;
  private final List<String> phoneticVariants;
  private final List<String> blockingVariants;
  private final TokenRole role;
  private final DetectedScript script;
  private final boolean pinyin;
  private final @Nullable String strippedSuffix;
  private final List<String> allPhoneticKeys;

  NameToken(
      String latin,
      String phoneticKey,
      String blockingKey,
      List<String> phoneticVariants,
      List<String> blockingVariants,
      TokenRole role,
      DetectedScript script,
      boolean pinyin,
      @Nullable String strippedSuffix) {
    this.latin = Objects.requireNonNull(latin, "latin");
    this.phoneticKey = Objects.requireNonNull(phoneticKey, "phoneticKey");
    this.blockingKey = Objects.requireNonNull(blockingKey, "blockingKey");
    this.phoneticVariants = List.copyOf(phoneticVariants);
    this.blockingVariants = List.copyOf(blockingVariants);
    this.role = Objects.requireNonNull(role, "role");
    this.script = Objects.requireNonNull(script, "script");
    this.pinyin = pinyin;
    this.strippedSuffix = strippedSuffix;
    if (this.phoneticVariants.isEmpty()) {
      this.allPhoneticKeys = List.of(phoneticKey);
    } else {
      java.util.ArrayList<String> all = new java.util.ArrayList<>(1 + this.phoneticVariants.size());
      all.add(phoneticKey);
      all.addAll(this.phoneticVariants);
      this.allPhoneticKeys = List.copyOf(all);
    }
  }

  /** {@link #phoneticKey()} followed by {@link #phoneticVariants()}. */
  List<String> allPhoneticKeys() {
    return allPhoneticKeys;
  }

  /** Canonical Latin (ULY letters). Identity data: never log it. */
  public String latin() {
    return latin;
  }

  /** The fine phonetic key. Identity data: never log it. */
  public String phoneticKey() {
    return phoneticKey;
  }

  /** The coarse blocking key (may be empty for a name part without consonants). */
  public String blockingKey() {
    return blockingKey;
  }

  /**
   * Further phonetic keys: for Chinese characters that transcribe sounds of different classes (哈
   * writes x, h or q); for a Latin part read as pinyin, its ordinary reading (Erzhan is also
   * er+zhan); for a Chinese rendering or its pinyin, the reading that puts back what Chinese
   * loses (司马义 → ismayil: an elided initial i and a left-out final l; 阿依先木 → ayshem: an m
   * written with an n syllable); for a bare c in a name without other Turkish letters, the
   * Turkish reading (Cappar: c = j); for {@code ng} before a vowel, the reading as n + g (Tursun
   * + gül). At most four; often empty.
   */
  public List<String> phoneticVariants() {
    return phoneticVariants;
  }

  /** The distinct blocking keys of {@link #phoneticVariants()} that differ from {@link #blockingKey()}. */
  public List<String> blockingVariants() {
    return blockingVariants;
  }

  /** The role inferred from position and ending. */
  public TokenRole role() {
    return role;
  }

  /** The script of this part (a Latin part takes the Turkish or Yéngi Yéziq class of its name). */
  public DetectedScript script() {
    return script;
  }

  /** Whether this Latin part was read as pinyin (Maimaiti, Tuerxun). */
  public boolean readAsPinyin() {
    return pinyin;
  }

  /**
   * The patronymic or family-name ending removed from this part ({@code ov}, {@code ova},
   * {@code ev}, {@code eva}, {@code ovich}, {@code evich}, {@code ovna}, {@code evna}, {@code
   * uly}, {@code kyzy}, {@code oglu}), if any.
   */
  public Optional<String> strippedSuffix() {
    return Optional.ofNullable(strippedSuffix);
  }

  NameToken withRole(TokenRole newRole) {
    return new NameToken(
        latin, phoneticKey, blockingKey, phoneticVariants, blockingVariants, newRole, script,
        pinyin, strippedSuffix);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NameToken)) {
      return false;
    }
    NameToken t = (NameToken) o;
    return latin.equals(t.latin)
        && phoneticKey.equals(t.phoneticKey)
        && blockingKey.equals(t.blockingKey)
        && phoneticVariants.equals(t.phoneticVariants)
        && blockingVariants.equals(t.blockingVariants)
        && role == t.role
        && script == t.script
        && pinyin == t.pinyin
        && Objects.equals(strippedSuffix, t.strippedSuffix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(latin, phoneticKey, blockingKey, phoneticVariants, role, script, pinyin,
        strippedSuffix);
  }

  /** Role and script only; the name is identity data. */
  @Override
  public String toString() {
    return "NameToken[role=" + role + ", script=" + script + "]";
  }
}
