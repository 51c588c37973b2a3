package org.guwah.forms.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits expression text into tokens; positions are 1-based character offsets. */
final class Lexer {
  enum Kind { NUMBER, STRING, REF, NAME, LPAREN, RPAREN, COMMA, DOT, DOTDOT, OP, EOF }

  record Token(Kind kind, String text, int position) {}

  private Lexer() {}

  static List<Token> tokens(String s) throws ExpressionSyntaxException {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      int pos = i + 1;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && isDigit(s.charAt(i + 1))) {
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
        if (i < n && s.charAt(i) == '.') {
          i++;
          while (i < n && isDigit(s.charAt(i))) {
            i++;
          }
        }
        out.add(new Token(Kind.NUMBER, s.substring(start, i), pos));
      } else if (c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D') {
        if (c != '\'' && c != '"') {
          throw new ExpressionSyntaxException("typographic quote: use straight quotes ' or \"", pos);
        }
        int end = s.indexOf(c, i + 1);
        if (end < 0) {
          throw new ExpressionSyntaxException("text literal is not closed", pos);
        }
        out.add(new Token(Kind.STRING, s.substring(i + 1, end), pos));
        i = end + 1;
      } else if (c == '$') {
        if (i + 1 >= n || s.charAt(i + 1) != '{') {
          throw new ExpressionSyntaxException("'$' must start a reference like ${name}", pos);
        }
        int end = s.indexOf('}', i + 2);
        if (end < 0) {
          throw new ExpressionSyntaxException("reference is not closed with '}'", pos);
        }
        String name = s.substring(i + 2, end).strip();
        if (name.isEmpty() || !isName(name)) {
          throw new ExpressionSyntaxException("'${" + clip(name) + "}' is not a valid field name", pos);
        }
        out.add(new Token(Kind.REF, name, pos));
        i = end + 1;
      } else if (isNameStart(c)) {
        int start = i;
        while (i < n && isNameChar(s.charAt(i))) {
          i++;
        }
        // a trailing '-' belongs to the operator, not the name: "${a}-b" never occurs, "x- 1" may
        while (i - 1 > start && s.charAt(i - 1) == '-') {
          i--;
        }
        out.add(new Token(Kind.NAME, s.substring(start, i), pos));
      } else {
        switch (c) {
          case '(':
            out.add(new Token(Kind.LPAREN, "(", pos));
            i++;
            break;
          case ')':
            out.add(new Token(Kind.RPAREN, ")", pos));
            i++;
            break;
          case ',':
            out.add(new Token(Kind.COMMA, ",", pos));
            i++;
            break;
          case '.':
            if (i + 1 < n && s.charAt(i + 1) == '.') {
              out.add(new Token(Kind.DOTDOT, "..", pos));
              i += 2;
            } else {
              out.add(new Token(Kind.DOT, ".", pos));
              i++;
            }
            break;
          case '=':
          case '+':
          case '-':
          case '*':
            out.add(new Token(Kind.OP, String.valueOf(c), pos));
            i++;
            break;
          case '!':
          case '<':
          case '>':
            if (i + 1 < n && s.charAt(i + 1) == '=') {
              out.add(new Token(Kind.OP, c + "=", pos));
              i += 2;
            } else if (c == '!') {
              throw new ExpressionSyntaxException("'!' must be followed by '=' (use not() for negation)", pos);
            } else {
              out.add(new Token(Kind.OP, String.valueOf(c), pos));
              i++;
            }
            break;
          case '/':
            throw new ExpressionSyntaxException("paths like /data/x are not supported; use ${name} (and 'div' to divide)", pos);
          case '[':
          case ']':
            throw new ExpressionSyntaxException("predicates [ ] are not supported", pos);
          case '|':
            throw new ExpressionSyntaxException("'|' (node-set union) is not supported", pos);
          case '@':
            throw new ExpressionSyntaxException("attributes (@) are not supported", pos);
          default:
            throw new ExpressionSyntaxException("unexpected character '" + printable(c) + "'", pos);
        }
      }
    }
    out.add(new Token(Kind.EOF, "", n + 1));
    return out;
  }

  private static String printable(char c) {
    return Character.isISOControl(c) ? String.format("U+%04X", (int) c) : String.valueOf(c);
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
  }

  /** Whether {@code s} is a name as fields and columns use them. */
  static boolean isName(String s) {
    if (s.isEmpty() || !isNameStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!isNameChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
