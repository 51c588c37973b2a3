package org.guwah.store.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The custody file ({@value #FILE_NAME}): both keysets, each encrypted with the {@link CustodyKey}
 * (Tink encrypted-keyset format, AES-256-GCM), plus the split's public metadata in clear.
 *
 * <pre>{@code
 * { "format": "guwah-custody", "version": 1,
 *   "splitId": "…16 hex…", "threshold": 3, "shares": 5, "created": "2026-…Z",
 *   "custodyKeyFingerprint": "…16 hex…",
 *   "keysets": {
 *     "fields":      {"file": "fields.aead.json",     "keys": "123/ENABLED/primary", "encrypted": "base64"},
 *     "blind-index": {"file": "blind-index.prf.json", "keys": "456/ENABLED/primary", "encrypted": "base64"} } }
 * }</pre>
 *
 * <p>Each keyset's associated data is a canonical text of every clear field (and the keyset's
 * name), so editing any of them, or swapping the two ciphertexts, makes opening fail. The
 * {@code keys} descriptions (key ids and status, as {@link KeyRing#keyInfo()} shows them) let a
 * {@link CustodyInfo} tell whether the file is stale without the custody key. Parse errors carry
 * no cause (a parser message could quote the file).
 */
final class CustodyFile {
  /** File name in the keys directory. */
  static final String FILE_NAME = "custody.json";

  private static final String FORMAT = "guwah-custody";
  private static final int VERSION = 1;
  private static final Pattern HEX16 = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern KEYS = Pattern.compile("[0-9]+/[A-Z]+(/primary)?(,[0-9]+/[A-Z]+(/primary)?)*");
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private CustodyFile() {}

  /**
   * The clear part of a custody file, and the encrypted keysets.
   *
   * @param created the creation time exactly as written (it is part of the associated data)
   */
  record Header(
      String splitId,
      int threshold,
      int shareCount,
      String created,
      String keyFingerprint,
      Map<KeysetKind, String> keys,
      Map<KeysetKind, byte[]> encrypted) {
    Header {
      Objects.requireNonNull(splitId, "splitId");
      Objects.requireNonNull(created, "created");
      Objects.requireNonNull(keyFingerprint, "keyFingerprint");
      keys = Map.copyOf(keys);
      encrypted = Map.copyOf(encrypted);
    }

    Instant createdInstant() {
      return Instant.parse(created);
    }

    /** Whether the key descriptions match {@code keysets} (ids, status, primary). */
    boolean describes(KeysetPair keysets) {
      for (KeysetKind kind : KeysetKind.values()) {
        if (!keysets.describe(kind).equals(keys.get(kind))) {
          return false;
        }
      }
      return true;
    }

    byte[] associatedData(KeysetKind kind) {
      StringBuilder text = new StringBuilder("guwah/custody/v1\n");
      text.append(splitId).append('\n').append(threshold).append('\n').append(shareCount)
          .append('\n').append(created).append('\n').append(keyFingerprint).append('\n');
      for (KeysetKind each : KeysetKind.values()) {
        text.append(each.purpose()).append('=').append(keys.get(each)).append('\n');
      }
      text.append("keyset=").append(kind.purpose());
      return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "CustodyFile.Header[split " + splitId + ", " + threshold + " of " + shareCount + "]";
    }
  }

  /** Encrypts {@code keysets} under {@code key} into the bytes of a custody file. */
  static byte[] encode(CustodyKey key, Instant created, KeysetPair keysets) {
    Map<KeysetKind, String> keys = new EnumMap<>(KeysetKind.class);
    for (KeysetKind kind : KeysetKind.values()) {
      keys.put(kind, keysets.describe(kind));
    }
    Header clear =
        new Header(
            key.splitId(), key.threshold(), key.shareCount(), created.toString(),
            key.fingerprint(), keys, Map.of());
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("splitId", clear.splitId());
    root.put("threshold", clear.threshold());
    root.put("shares", clear.shareCount());
    root.put("created", clear.created());
    root.put("custodyKeyFingerprint", clear.keyFingerprint());
    ObjectNode sets = root.putObject("keysets");
    for (KeysetKind kind : KeysetKind.values()) {
      byte[] ciphertext;
      try {
        ciphertext =
            TinkProtoKeysetFormat.serializeEncryptedKeyset(
                keysets.get(kind), key.aead(), clear.associatedData(kind), TinkConfiguration.get());
      } catch (GeneralSecurityException e) {
        throw new UnableToWriteKeysException("Unable to encrypt the " + kind.purpose() + " keyset");
      }
      ObjectNode set = sets.putObject(kind.purpose());
      set.put("file", kind.fileName());
      set.put("keys", keys.get(kind));
      set.put("encrypted", Base64.getEncoder().encodeToString(ciphertext));
    }
    byte[] json = JSON.writeValueAsBytes(root);
    byte[] withNewline = new byte[json.length + 1];
    System.arraycopy(json, 0, withNewline, 0, json.length);
    withNewline[json.length] = '\n';
    return withNewline;
  }

  /**
   * Reads the clear part of a custody file.
   *
   * @throws UnableToReadKeysException if it is not a custody file of this version
   */
  static Header parse(byte[] bytes, Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JacksonException e) {
      throw invalid(file, "not JSON");
    }
    if (root == null || !root.isObject() || !FORMAT.equals(text(root, "format"))) {
      throw invalid(file, "not a Guwah custody file");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt() || version.intValue() != VERSION) {
      throw invalid(file, "unsupported version (this Guwah reads version " + VERSION + ")");
    }
    String splitId = required(root, "splitId", file);
    String fingerprint = required(root, "custodyKeyFingerprint", file);
    String created = required(root, "created", file);
    if (!HEX16.matcher(splitId).matches() || !HEX16.matcher(fingerprint).matches()) {
      throw invalid(file, "split id or fingerprint is not 16 hex digits");
    }
    try {
      Instant.parse(created);
    } catch (DateTimeParseException e) {
      throw invalid(file, "created is not an ISO-8601 instant");
    }
    int threshold = number(root, "threshold", file);
    int shares = number(root, "shares", file);
    if (threshold < 2 || threshold > shares || shares > 255) {
      throw invalid(file, "impossible threshold " + threshold + " of " + shares);
    }
    JsonNode sets = root.get("keysets");
    if (sets == null || !sets.isObject()) {
      throw invalid(file, "keysets missing");
    }
    Map<KeysetKind, String> keys = new EnumMap<>(KeysetKind.class);
    Map<KeysetKind, byte[]> encrypted = new EnumMap<>(KeysetKind.class);
    for (KeysetKind kind : KeysetKind.values()) {
      JsonNode set = sets.get(kind.purpose());
      if (set == null || !set.isObject()) {
        throw invalid(file, "the " + kind.purpose() + " keyset is missing");
      }
      String described = required(set, "keys", file);
      if (!KEYS.matcher(described).matches()) {
        throw invalid(file, "the " + kind.purpose() + " key list is malformed");
      }
      keys.put(kind, described);
      try {
        encrypted.put(kind, Base64.getDecoder().decode(required(set, "encrypted", file)));
      } catch (IllegalArgumentException e) {
        throw invalid(file, "the " + kind.purpose() + " keyset is not base64");
      }
    }
    return new Header(splitId, threshold, shares, created, fingerprint, keys, encrypted);
  }

  /**
   * Decrypts both keysets of {@code header} with {@code key}.
   *
   * @throws UnableToReadKeysException if the file belongs to another split than the key, or was
   *     altered or damaged (the message names the file and split ids, never key material)
   */
  static KeysetPair open(Header header, CustodyKey key, Path file) {
    if (!header.splitId().equals(key.splitId())) {
      throw new UnableToReadKeysException(
          "The shares belong to split " + key.splitId() + ", but " + file + " is split "
              + header.splitId() + ": use the shares handed out for split " + header.splitId()
              + " (or the " + FILE_NAME + " that belongs to these shares, e.g. from a backup)");
    }
    if (!header.keyFingerprint().equals(key.fingerprint())) {
      throw new UnableToReadKeysException(
          file + " was altered: its custody-key fingerprint does not match the shares");
    }
    Map<KeysetKind, KeysetHandle> handles = new EnumMap<>(KeysetKind.class);
    for (KeysetKind kind : KeysetKind.values()) {
      try {
        handles.put(
            kind,
            TinkProtoKeysetFormat.parseEncryptedKeyset(
                header.encrypted().get(kind),
                key.aead(),
                header.associatedData(kind),
                TinkConfiguration.get()));
      } catch (GeneralSecurityException | RuntimeException e) {
        throw new UnableToReadKeysException(
            file + " was altered or damaged: the " + kind.purpose() + " keyset does not open");
      }
    }
    KeysetPair keysets =
        new KeysetPair(handles.get(KeysetKind.FIELDS), handles.get(KeysetKind.BLIND_INDEX));
    if (!header.describes(keysets)) {
      throw new UnableToReadKeysException(file + " was altered: its key list does not match");
    }
    return keysets;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? value.stringValue() : null;
  }

  private static String required(JsonNode node, String field, Path file) {
    String value = text(node, field);
    if (value == null) {
      throw invalid(file, field + " missing");
    }
    return value;
  }

  private static int number(JsonNode node, String field, Path file) {
    JsonNode value = node.get(field);
    if (value == null || !value.isInt()) {
      throw invalid(file, field + " missing or not an integer");
    }
    return value.intValue();
  }

  private static UnableToReadKeysException invalid(Path file, String problem) {
    return new UnableToReadKeysException(
        "Custody file " + file + " is not valid (" + problem + ")");
  }
}
