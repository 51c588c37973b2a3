package org.guwah.store.accounts;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.crypto.PasswordHasher;

/**
 * Rules for new passwords, after NIST SP 800-63B section 5.1.1: length over composition, no
 * forced character classes, no expiry, every script and spaces allowed (passphrases welcome),
 * and a refusal of the guessable.
 *
 * <p>Checked on the NFKC form (as {@link PasswordHasher} hashes it):
 *
 * <ul>
 *   <li>at least {@value #MIN_CHARACTERS} characters (code points) and at most {@value
 *       #MAX_BYTES} bytes of UTF-8;
 *   <li>no control characters (tab, newline, NUL, ...): they cannot be typed reliably;
 *   <li>at least {@value #MIN_DISTINCT} different characters ({@code aaaaaaaaaaaa}, {@code
 *       abababababab} are refused);
 *   <li>not containing the login name ignoring case (login names of three characters: not equal
 *       to it);
 *   <li>not common: a run of the alphabet, digits or a keyboard row ({@code 123456789012}, {@code
 *       qwertyuiopas}), or a well-known password word ({@code password}, {@code iloveyou}, {@code
 *       guwah}, ...), perhaps repeated or in leetspeak, with only digits, symbols or spaces
 *       around it ({@code Password123!}, {@code P@ssw0rd2024}).
 * </ul>
 *
 * <p>Stateless and thread-safe. Problems never contain the password.
 */
public final class PasswordPolicy {
  /** Fewest characters (Unicode code points). */
  public static final int MIN_CHARACTERS = 12;

  /** Most UTF-8 bytes; longer ones are refused without hashing. */
  public static final int MAX_BYTES = PasswordHasher.MAX_PASSWORD_BYTES;

  /** Fewest different characters. */
  public static final int MIN_DISTINCT = 5;

  private static final List<String> RUNS =
      List.of(
          "01234567890123456789012345678901234567890",
          "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
          "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm",
          "qwertzuiopasdfghjklyxcvbnm",
          "azertyuiopqsdfghjklmwxcvbn",
          "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
          "1q2w3e4r5t6y7u8i9o0p",
          "qazwsxedcrfvtgbyhnujmikolp",
          "!@#$%^&*()!@#$%^&*()");

  private static final Set<String> WORDS =
      Set.of(
          "password", "passw", "passwd", "pass", "pword", "secret", "letmein", "welcome", "iloveyou",
          "admin", "administrator", "root", "login", "user", "guest", "test", "default", "changeme",
          "qwerty", "asdf", "zxcv", "abc", "monkey", "dragon", "football", "baseball", "sunshine",
          "princess", "master", "shadow", "superman", "trustno", "whatever", "guwah", "uyghur",
          "uighur", "kazakh", "xinjiang", "turkistan", "turkestan", "allah", "bismillah");

  private PasswordPolicy() {}

  /** Every rule {@code password} breaks for an account named {@code loginName}; empty if none. */
  public static Set<PasswordProblem> problems(String loginName, String password) {
    Objects.requireNonNull(loginName, "loginName");
    Objects.requireNonNull(password, "password");
    Set<PasswordProblem> problems = EnumSet.noneOf(PasswordProblem.class);
    if (password.length() > 4 * MAX_BYTES) {
      problems.add(PasswordProblem.TOO_LONG);
      return problems;
    }
    String text = Normalizer.normalize(password, Normalizer.Form.NFKC);
    if (!wellFormed(text)) {
      problems.add(PasswordProblem.MALFORMED);
      return problems;
    }
    if (text.codePointCount(0, text.length()) < MIN_CHARACTERS) {
      problems.add(PasswordProblem.TOO_SHORT);
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      problems.add(PasswordProblem.TOO_LONG);
    }
    if (text.codePoints().anyMatch(Character::isISOControl)) {
      problems.add(PasswordProblem.CONTROL_CHARACTERS);
    }
    if (text.codePoints().distinct().limit(MIN_DISTINCT).count() < MIN_DISTINCT) {
      problems.add(PasswordProblem.TOO_FEW_DISTINCT_CHARACTERS);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String login = loginName.toLowerCase(Locale.ROOT);
    if (!login.isEmpty() && (login.length() < 4 ? lower.equals(login) : lower.contains(login))) {
      problems.add(PasswordProblem.CONTAINS_LOGIN_NAME);
    }
    if (common(lower)) {
      problems.add(PasswordProblem.COMMON);
    }
    return problems;
  }

  /**
   * Throws if {@code password} breaks any rule.
   *
   * @throws ValidationException on field {@code password}, with the messages of every problem
   *     joined by "; "
   */
  public static void check(String loginName, String password) {
    Set<PasswordProblem> problems = problems(loginName, password);
    if (!problems.isEmpty()) {
      List<String> messages = new ArrayList<>();
      problems.forEach(p -> messages.add(p.message()));
      throw ValidationException.of("password", String.join("; ", messages));
    }
  }

  private static boolean common(String lower) {
    String compact = lower.replace(" ", "");
    for (String run : RUNS) {
      if (run.contains(compact) || new StringBuilder(run).reverse().toString().contains(compact)) {
        return true;
      }
    }
    // A well-known word (or one repeated), perhaps in leetspeak, with only digits and symbols
    // around it: "Password123!", "P@ssw0rd2024", "passwordpassword".
    int from = 0;
    int to = compact.length();
    while (from < to && isDecoration(compact.codePointAt(from))) {
      from += Character.charCount(compact.codePointAt(from));
    }
    while (to > from && isDecoration(compact.codePointBefore(to))) {
      to -= Character.charCount(compact.codePointBefore(to));
    }
    if (from == to) {
      return false;
    }
    String word = unleet(compact.substring(from, to));
    for (String known : WORDS) {
      if (word.length() % known.length() == 0
          && word.equals(known.repeat(word.length() / known.length()))) {
        return true;
      }
    }
    return false;
  }

  private static String unleet(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      int i = "@4310!$57".indexOf(c);
      out.append(i < 0 ? c : "aaeoiisst".charAt(i));
    }
    return out.toString();
  }

  private static boolean isDecoration(int cp) {
    return Character.isDigit(cp) || (cp < 128 && !Character.isLetterOrDigit(cp));
  }

  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
