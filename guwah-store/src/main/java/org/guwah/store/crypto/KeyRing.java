package org.guwah.store.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of one Guwah installation, kept in a keys directory outside the database.
 *
 * <p>Two Tink JSON keysets: {@code fields.aead.json} (AES256_GCM, for {@link FieldCipher}) and
 * {@code blind-index.prf.json} (HMAC_SHA256_PRF, for {@link BlindIndex}). Files have mode 0600
 * and the directory 0700; every write is atomic (temporary file, fsync, rename) and done under a
 * directory lock ({@code .lock}) so concurrent creates or rotations in several processes cannot
 * lose a key. Losing the directory means losing every encrypted field: back it up.
 *
 * <p>Thread-safe. {@link #rotate()} only affects this instance and later opens; another process
 * that already opened the directory keeps its keys until it reopens (it can still decrypt old
 * ciphertexts, but not those made with the new key). Nothing is logged; exception messages name
 * files, never key material.
 */
public final class KeyRing {
  private final KeysetFiles files;
  private final KeysetHandle blindIndexKeyset;
  private final FieldCipher fieldCipher;
  private final BlindIndex blindIndex;
  private volatile KeysetHandle fieldsKeyset;

  private KeyRing(KeysetFiles files, KeysetHandle fieldsKeyset, KeysetHandle blindIndexKeyset) {
    this.files = files;
    this.fieldsKeyset = fieldsKeyset;
    this.blindIndexKeyset = blindIndexKeyset;
    this.fieldCipher = new FieldCipher(aeadOf(fieldsKeyset, files));
    this.blindIndex = new BlindIndex(prfOf(blindIndexKeyset, files));
  }

  /**
   * Generates new keysets in {@code keysDir}, creating the directory (mode 0700) if needed.
   *
   * @throws KeysAlreadyExistException if any keyset file already exists there
   * @throws UnableToWriteKeysException if the directory or files cannot be written
   */
  public static KeyRing create(Path keysDir) {
    KeysetFiles files = new KeysetFiles(keysDir);
    files.prepareDirectory();
    return files.underLock(() -> createLocked(files));
  }

  /**
   * Opens the keysets in {@code keysDir}.
   *
   * @throws KeysNotFoundException if the directory holds no keyset (message tells to run {@code
   *     guwah keys init})
   * @throws UnableToReadKeysException if only one keyset is present, a file is unreadable,
   *     invalid, of the wrong kind, or accessible by group or others
   */
  public static KeyRing open(Path keysDir) {
    return openExisting(new KeysetFiles(keysDir));
  }

  /**
   * Opens the keysets in {@code keysDir}, generating them first if the directory holds none. A
   * directory holding only one of the two keysets is an error, never silently completed.
   *
   * @throws UnableToReadKeysException as {@link #open(Path)}
   * @throws UnableToWriteKeysException as {@link #create(Path)}
   */
  public static KeyRing openOrCreate(Path keysDir) {
    KeysetFiles files = new KeysetFiles(keysDir);
    if (!Files.isDirectory(files.directory())) {
      files.prepareDirectory();
    }
    return files.underLock(
        () -> noKeysetExists(files) ? createLocked(files) : openExisting(files));
  }

  private static KeyRing createLocked(KeysetFiles files) {
    for (KeysetKind kind : KeysetKind.values()) {
      if (files.exists(kind)) {
        throw new KeysAlreadyExistException(files.directory());
      }
    }
    files.prepareDirectory();
    KeysetHandle fields = generate(KeysetKind.FIELDS);
    KeysetHandle prf = generate(KeysetKind.BLIND_INDEX);
    KeyRing ring = new KeyRing(files, fields, prf);
    files.write(KeysetKind.BLIND_INDEX, prf);
    files.write(KeysetKind.FIELDS, fields);
    return ring;
  }

  private static KeyRing openExisting(KeysetFiles files) {
    if (noKeysetExists(files)) {
      throw new KeysNotFoundException(files.directory());
    }
    for (KeysetKind kind : KeysetKind.values()) {
      if (!files.exists(kind)) {
        throw new UnableToReadKeysException(
            "Keys directory " + files.directory() + " is incomplete: " + kind.fileName()
                + " is missing; restore it from a backup");
      }
    }
    return new KeyRing(
        files, files.read(KeysetKind.FIELDS), files.read(KeysetKind.BLIND_INDEX));
  }

  private static boolean noKeysetExists(KeysetFiles files) {
    for (KeysetKind kind : KeysetKind.values()) {
      if (files.exists(kind)) {
        return false;
      }
    }
    return true;
  }

  private static KeysetHandle generate(KeysetKind kind) {
    try {
      return kind == KeysetKind.FIELDS
          ? KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, TinkConfiguration.get())
          : KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF, TinkConfiguration.get());
    } catch (GeneralSecurityException e) {
      throw new UnableToWriteKeysException("Unable to generate the " + kind.purpose() + " keyset");
    }
  }

  private static Aead aeadOf(KeysetHandle handle, KeysetFiles files) {
    try {
      return handle.getPrimitive(TinkConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new UnableToReadKeysException(
          "Keyset file " + files.path(KeysetKind.FIELDS) + " does not hold an AEAD keyset");
    }
  }

  private static PrfSet prfOf(KeysetHandle handle, KeysetFiles files) {
    try {
      return handle.getPrimitive(TinkConfiguration.get(), PrfSet.class);
    } catch (GeneralSecurityException e) {
      throw new UnableToReadKeysException(
          "Keyset file " + files.path(KeysetKind.BLIND_INDEX) + " does not hold a PRF keyset");
    }
  }

  /**
   * Adds a new AES256_GCM key to the fields keyset, makes it primary and persists the keyset.
   * Ciphertexts made with earlier keys still decrypt. The keyset on disk (which may hold keys
   * added by another process) is the base of the rotation. The blind-index keyset is never
   * rotated, since every stored token would change.
   *
   * @throws UnableToReadKeysException if the fields keyset on disk cannot be read
   * @throws UnableToWriteKeysException if the new keyset cannot be written (this key ring then
   *     keeps its previous keys)
   */
  public void rotate() {
    files.underLock(
        () -> {
          KeysetHandle rotated = withNewPrimary(files.read(KeysetKind.FIELDS));
          Aead aead = aeadOf(rotated, files);
          files.write(KeysetKind.FIELDS, rotated);
          fieldsKeyset = rotated;
          fieldCipher.use(aead);
          return rotated;
        });
  }

  private static KeysetHandle withNewPrimary(KeysetHandle current) {
    try {
      return KeysetHandle.newBuilder(current)
          .addEntry(
              KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                  .withRandomId()
                  .makePrimary())
          .build();
    } catch (GeneralSecurityException e) {
      throw new UnableToWriteKeysException("Unable to generate a new fields key");
    }
  }

  /** Redacted description of both keysets (ids, status, primary, parameters; no key material). */
  public KeyInfo keyInfo() {
    return new KeyInfo(
        files.directory(),
        List.of(
            describe(KeysetKind.FIELDS, fieldsKeyset),
            describe(KeysetKind.BLIND_INDEX, blindIndexKeyset)));
  }

  private static KeysetInfo describe(KeysetKind kind, KeysetHandle handle) {
    List<KeyEntryInfo> keys = new ArrayList<>(handle.size());
    for (int i = 0; i < handle.size(); i++) {
      KeysetHandle.Entry entry = handle.getAt(i);
      keys.add(
          new KeyEntryInfo(
              Integer.toUnsignedLong(entry.getId()),
              entry.getStatus().toString(),
              entry.isPrimary(),
              entry.getKey().getParameters().toString()));
    }
    return new KeysetInfo(kind.purpose(), kind.fileName(), keys);
  }

  /** The field cipher; always encrypts with the current primary key, also after rotation. */
  public FieldCipher fieldCipher() {
    return fieldCipher;
  }

  /** The blind index of this key ring. */
  public BlindIndex blindIndex() {
    return blindIndex;
  }

  /** The absolute keys directory. */
  public Path directory() {
    return files.directory();
  }

  @Override
  public String toString() {
    return "KeyRing[" + files.directory() + "]";
  }
}
