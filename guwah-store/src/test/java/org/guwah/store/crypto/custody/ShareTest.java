package org.guwah.store.crypto.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareTest {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private final List<Share> shares = Shamir.split(ShamirTest.secret(32, 101), 5, 3, ShamirTest.seeded(102));
  private final Share share = shares.get(1);
  private final String text = share.format();

  private static List<String> groups(String text) {
    return List.of(text.substring(Share.PREFIX.length()).split("-"));
  }

  private static String messageOf(String candidate) {
    try {
      Share.parse(candidate);
    } catch (MalformedShareException e) {
      return e.getMessage();
    }
    throw new AssertionError("parsed a damaged share");
  }

  @Test
  void formatIsPrefixAndGroupsOfFourAndRoundTrips() {
    assertThat(text).startsWith("guwah-share-v1-");
    assertThat(groups(text)).hasSize(22).allSatisfy(g -> assertThat(g).hasSize(4).matches("[" + ALPHABET + "]{4}"));
    Share parsed = Share.parse(text);
    assertThat(parsed).isEqualTo(share);
    assertThat(parsed.format()).isEqualTo(text);
    assertThat(parsed.splitId()).isEqualTo(share.splitId()).hasSize(16);
    assertThat(parsed.index()).isEqualTo(2);
    assertThat(parsed.threshold()).isEqualTo(3);
    assertThat(parsed.shareCount()).isEqualTo(5);
    assertThat(parsed.secretLength()).isEqualTo(32);
    for (Share each : shares) {
      assertThat(Share.parse(each.format())).isEqualTo(each);
    }
  }

  @Test
  void parsingForgivesCaseSpacingAndLookAlikes() {
    String body = text.substring(Share.PREFIX.length());
    String sloppy =
        "  GUWAH-SHARE-V1-\n"
            + body.toLowerCase().replace("-", " ").replace('0', 'O').replace('1', 'l')
            + "\n";
    assertThat(Share.parse(sloppy)).isEqualTo(share);
    assertThat(Share.parse(Share.PREFIX + body.replace("-", "").replace('1', 'I'))).isEqualTo(share);
  }

  @Test
  void everySingleCharacterTypoIsRefused() {
    String body = text.substring(Share.PREFIX.length());
    int checked = 0;
    for (int i = 0; i < body.length(); i++) {
      char original = body.charAt(i);
      if (original == '-') {
        continue;
      }
      for (char typo : ALPHABET.toCharArray()) {
        if (typo == original) {
          continue;
        }
        String mistyped = Share.PREFIX + body.substring(0, i) + typo + body.substring(i + 1);
        assertThat(messageOf(mistyped)).as("position %d -> %s", i, typo).isNotEmpty();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(88 * 31);
  }

  @Test
  void mistypedShareSaysSoWithoutQuotingIt() {
    String body = text.substring(Share.PREFIX.length());
    char replacement = body.charAt(20) == 'A' ? 'B' : 'A';
    String mistyped = Share.PREFIX + body.substring(0, 20) + replacement + body.substring(21);

    String message = messageOf(mistyped);
    assertThat(message).contains("mistyped");
    for (String group : groups(text)) {
      assertThat(message).doesNotContain(group);
    }
  }

  @Test
  void transposedGroupsAndCharactersAreRefused() {
    List<String> g = new ArrayList<>(groups(text));
    String swapped = g.get(5);
    g.set(5, g.get(6));
    g.set(6, swapped);
    if (!g.get(5).equals(g.get(6))) {
      assertThat(messageOf(Share.PREFIX + String.join("-", g))).contains("mistyped");
    }
    String body = text.substring(Share.PREFIX.length()).replace("-", "");
    for (int i = 0; i + 1 < body.length(); i++) {
      if (body.charAt(i) != body.charAt(i + 1)) {
        String transposed = body.substring(0, i) + body.charAt(i + 1) + body.charAt(i) + body.substring(i + 2);
        assertThat(messageOf(Share.PREFIX + transposed)).as("position %d", i).isNotEmpty();
      }
    }
  }

  @Test
  void missingOrExtraCharactersAreRefused() {
    String body = text.substring(Share.PREFIX.length()).replace("-", "");
    assertThat(messageOf(Share.PREFIX + body.substring(1))).isNotEmpty();
    assertThat(messageOf(Share.PREFIX + body + "7")).isNotEmpty();
    assertThat(messageOf(Share.PREFIX + body.substring(0, body.length() - 4))).isNotEmpty();
    assertThat(messageOf(Share.PREFIX + "ABCD-EFGH")).contains("too short");
    assertThat(messageOf(Share.PREFIX)).isNotEmpty();
  }

  @Test
  void foreignTextsAreNamedAsSuch() {
    assertThat(messageOf("hello")).contains("Not a Guwah key share");
    assertThat(messageOf(text.replace("-v1-", "-v2-"))).contains("Unsupported share version");
    String withU = text.substring(0, 15) + "U" + text.substring(16);
    assertThat(messageOf(withU)).contains("position 16");
  }

  @Test
  void toStringShowsMetadataOnly() {
    assertThat(share.toString()).isEqualTo("Share[split " + share.splitId() + ", 2 of 5, threshold 3]");
    for (String group : groups(text)) {
      assertThat(share.toString()).doesNotContain(group);
    }
  }

  @Test
  void constructorRefusesImpossibleMetadata() {
    byte[] id = new byte[8];
    byte[] fp = new byte[8];
    byte[] value = new byte[32];
    assertThatThrownBy(() -> new Share(id, 5, 3, 0, fp, value)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Share(id, 5, 3, 6, fp, value)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Share(id, 5, 1, 1, fp, value)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Share(id, 5, 3, 1, fp, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Share(new byte[7], 5, 3, 1, fp, value)).isInstanceOf(IllegalArgumentException.class);
  }
}
