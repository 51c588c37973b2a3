package org.guwah.store.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.guwah.store.crypto.custody.MalformedShareException;
import org.guwah.store.crypto.custody.Shamir;
import org.guwah.store.crypto.custody.Share;
import org.guwah.store.crypto.custody.UnableToCombineSharesException;
import org.jspecify.annotations.Nullable;

/**
 * The keys of one Guwah installation, kept in a keys directory outside the database.
 *
 * <p>Two Tink JSON keysets: {@code fields.aead.json} (AES256_GCM, for {@link FieldCipher}) and
 * {@code blind-index.prf.json} (HMAC_SHA256_PRF, for {@link BlindIndex}). Files have mode 0600
 * and the directory 0700; every write is atomic (temporary file, fsync, rename) and done under a
 * directory lock ({@code .lock}) so concurrent creates or rotations in several processes cannot
 * lose a key. Losing the directory means losing every encrypted field: back it up.
 *
 * <p><b>Key custody.</b> {@link #split} puts both keysets into {@value #CUSTODY_FILE_NAME},
 * encrypted under a fresh random 256-bit custody key that is cut into Shamir shares (any {@code k}
 * of {@code n} rebuild it) and never written anywhere. {@link #seal()} then removes the cleartext
 * keysets, so no single person holding the directory (or a seized server) can read the data; a
 * sealed directory opens only with shares: {@link #openWithShares} (in memory, for a sealed
 * server) or {@link #recover} (writes the cleartext keysets back). {@link #open} and {@link
 * #openOrCreate} refuse a sealed directory with {@link KeysSealedException} and never create new
 * keys beside a custody file. See {@code docs/adr/0004-key-custody.md}.
 *
 * <p>Thread-safe. {@link #rotate()} only affects this instance and later opens; another process
 * that already opened the directory keeps its keys until it reopens (it can still decrypt old
 * ciphertexts, but not those made with the new key). Nothing is logged; exception messages name
 * files, never key material.
 */
public final class KeyRing {
  /**
   * Name of the custody file in the keys directory (written by {@link #split}). It holds the
   * keysets only encrypted, so it may go into backups; the shares must never go with it.
   */
  public static final String CUSTODY_FILE_NAME = CustodyFile.FILE_NAME;

  private final KeysetFiles files;
  private final KeysetHandle blindIndexKeyset;
  private final FieldCipher fieldCipher;
  private final BlindIndex blindIndex;
  private volatile KeysetHandle fieldsKeyset;
  private volatile @Nullable CustodyKey custodyKey;

  private KeyRing(KeysetFiles files, KeysetHandle fieldsKeyset, KeysetHandle blindIndexKeyset) {
    this.files = files;
    this.fieldsKeyset = fieldsKeyset;
    this.blindIndexKeyset = blindIndexKeyset;
    this.fieldCipher = new FieldCipher(aeadOf(fieldsKeyset, files), primaryPrefixOf(fieldsKeyset));
    this.blindIndex = new BlindIndex(prfOf(blindIndexKeyset, files));
  }

  private KeyRing(KeysetFiles files, KeysetPair keysets, CustodyKey custodyKey) {
    this(files, keysets.fields(), keysets.blindIndex());
    this.custodyKey = custodyKey;
  }

  /**
   * Generates new keysets in {@code keysDir}, creating the directory (mode 0700) if needed.
   *
   * @throws KeysAlreadyExistException if any keyset file, or a custody file, already exists there
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
   * @throws KeysSealedException if the directory holds only a custody file (sealed)
   * @throws UnableToReadKeysException if only one keyset is present, a file is unreadable,
   *     invalid, of the wrong kind, or accessible by group or others
   */
  public static KeyRing open(Path keysDir) {
    return openExisting(new KeysetFiles(keysDir));
  }

  /**
   * Opens the keysets in {@code keysDir}, generating them first if the directory holds none. A
   * directory holding only one of the two keysets is an error, never silently completed; one
   * holding a custody file but no cleartext keyset is sealed, never given new keys.
   *
   * @throws KeysSealedException if the keys are sealed
   * @throws UnableToReadKeysException as {@link #open(Path)}
   * @throws UnableToWriteKeysException as {@link #create(Path)}
   */
  public static KeyRing openOrCreate(Path keysDir) {
    KeysetFiles files = new KeysetFiles(keysDir);
    if (!Files.isDirectory(files.directory())) {
      files.prepareDirectory();
    }
    return files.underLock(
        () ->
            noKeysetExists(files) && !files.exists(CustodyFile.FILE_NAME)
                ? createLocked(files)
                : openExisting(files));
  }

  private static KeyRing createLocked(KeysetFiles files) {
    for (KeysetKind kind : KeysetKind.values()) {
      if (files.exists(kind)) {
        throw new KeysAlreadyExistException(files.directory());
      }
    }
    if (files.exists(CustodyFile.FILE_NAME)) {
      throw new KeysAlreadyExistException(
          "Keys already exist in " + files.directory() + " (sealed in " + CustodyFile.FILE_NAME
              + "); refusing to create new ones");
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
      if (files.exists(CustodyFile.FILE_NAME)) {
        throw new KeysSealedException(files.directory());
      }
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

  /** The output prefix of the primary key of an AEAD keyset (empty if it has none or is not AEAD). */
  private static byte[] primaryPrefixOf(KeysetHandle handle) {
    return handle.getPrimary().getKey() instanceof AeadKey key
        ? key.getOutputPrefix().toByteArray()
        : new byte[0];
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
   * <p><b>Custody.</b> If this key ring holds the custody key (it made the current split, or was
   * opened with shares) and {@value #CUSTODY_FILE_NAME} belongs to that split, the custody file is
   * rewritten with the rotated keyset under the same custody key, so the same shares keep opening
   * the current keys; a sealed directory stays sealed (no cleartext keyset is written). Otherwise
   * an existing custody file is left as it was and is reported <em>stale</em> by {@link
   * #custodyInfo(Path)} until {@link #split} runs again: its shares would only restore the keys
   * from before the rotation.
   *
   * @throws KeysSealedException if the directory is sealed and this key ring does not hold the
   *     custody key
   * @throws UnableToReadKeysException if the fields keyset (or custody file) on disk cannot be
   *     read
   * @throws UnableToWriteKeysException if the new keyset cannot be written (this key ring then
   *     keeps its previous keys)
   */
  public void rotate() {
    files.underLock(
        () -> {
          KeysetPair current = currentKeysetsLocked();
          KeysetHandle rotated = withNewPrimary(current.fields());
          Aead aead = aeadOf(rotated, files);
          KeysetPair next = new KeysetPair(rotated, current.blindIndex());
          if (files.exists(KeysetKind.FIELDS)) {
            files.write(KeysetKind.FIELDS, rotated);
          }
          CustodyKey key = custodyKey;
          if (key != null && files.exists(CustodyFile.FILE_NAME)) {
            CustodyFile.Header header = readCustodyHeader(files);
            if (header.splitId().equals(key.splitId())) {
              writeCustodyLocked(key, header.createdInstant(), next, List.of());
            }
          }
          fieldsKeyset = rotated;
          fieldCipher.use(aead, primaryPrefixOf(rotated));
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

  /**
   * Puts both keysets into custody: draws a fresh 256-bit custody key, cuts it into {@code
   * shares} Shamir shares of which any {@code threshold} rebuild it, and atomically writes (or
   * replaces) {@value #CUSTODY_FILE_NAME} holding both keysets encrypted under it (AES-256-GCM,
   * bound to the split's id and metadata). Equivalent to {@link #split(int, int, Clock,
   * SecureRandom)} with the system clock and a new {@link SecureRandom}.
   */
  public CustodyShares split(int shares, int threshold) {
    return split(shares, threshold, Clock.systemUTC(), new SecureRandom());
  }

  /**
   * As {@link #split(int, int)}, with the creation time from {@code clock} and the custody key,
   * split id and polynomials from {@code random}.
   *
   * <p>The keysets put into custody are the current ones on disk (or, in a sealed directory, the
   * ones in the custody file this key ring was opened from). Before the new file replaces the old
   * one, it is read back and opened with every share (each in a group of {@code threshold}
   * shares, parsed from its text), and must give exactly these keysets; if anything fails the
   * previous custody file stays. The custody key is never written; the share texts are returned
   * once and this key ring keeps the custody key in memory (so {@link #rotate()} refreshes the
   * custody file and {@link #seal()} may follow). Shares of an earlier split no longer open the
   * new file (they still open copies of the old file, e.g. in backups).
   *
   * @param shares n, 2..255
   * @param threshold k, 2..n
   * @throws IllegalArgumentException if {@code 2 <= threshold <= shares <= 255} does not hold
   * @throws KeysSealedException if the directory is sealed and this key ring does not hold the
   *     custody key
   * @throws UnableToReadKeysException if the keysets on disk cannot be read
   * @throws UnableToWriteKeysException if the custody file cannot be written or verified
   */
  public CustodyShares split(int shares, int threshold, Clock clock, SecureRandom random) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    if (threshold < 2 || threshold > shares || shares > Shamir.MAX_SHARES) {
      throw new IllegalArgumentException(
          "need 2 <= threshold <= shares <= " + Shamir.MAX_SHARES + " (got threshold "
              + threshold + " of " + shares + " shares)");
    }
    return files.underLock(
        () -> {
          KeysetPair current = currentKeysetsLocked();
          requireSameBlindIndex(current);
          byte[] secret = new byte[CustodyKey.LENGTH];
          List<Share> parts;
          CustodyKey key;
          try {
            random.nextBytes(secret);
            parts = Shamir.split(secret, shares, threshold, random);
            key = CustodyKey.of(secret, parts);
          } finally {
            Arrays.fill(secret, (byte) 0);
          }
          List<String> texts = parts.stream().map(Share::format).toList();
          Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
          writeCustodyLocked(key, created, current, texts);
          fieldsKeyset = current.fields();
          fieldCipher.use(aeadOf(current.fields(), files), primaryPrefixOf(current.fields()));
          custodyKey = key;
          CustodyInfo info =
              new CustodyInfo(
                  files.path(CustodyFile.FILE_NAME), key.splitId(), threshold, shares, created,
                  key.fingerprint(), noKeysetExists(files), false);
          return new CustodyShares(info, texts);
        });
  }

  /**
   * Writes the custody file of {@code keysets} under {@code key}, verified before it replaces the
   * old one: it must open with {@code key}, and with every group of k consecutive shares of
   * {@code shareTexts} (if given), and give exactly {@code keysets}.
   */
  private void writeCustodyLocked(
      CustodyKey key, Instant created, KeysetPair keysets, List<String> shareTexts) {
    Path file = files.path(CustodyFile.FILE_NAME);
    byte[] document = CustodyFile.encode(key, created, keysets);
    files.writeFile(
        CustodyFile.FILE_NAME,
        document,
        written -> {
          try {
            CustodyFile.Header header = CustodyFile.parse(written, file);
            requireSame(CustodyFile.open(header, key, file), keysets);
            int n = shareTexts.size();
            for (int start = 0; start < n; start++) {
              List<Share> group = new ArrayList<>(key.threshold());
              for (int j = 0; j < key.threshold(); j++) {
                group.add(Share.parse(shareTexts.get((start + j) % n)));
              }
              requireSame(CustodyFile.open(header, CustodyKey.combine(group), file), keysets);
            }
          } catch (RuntimeException e) {
            throw new UnableToWriteKeysException(
                "The new custody file did not verify; " + file + " was not replaced", e);
          }
        });
  }

  private static void requireSame(KeysetPair opened, KeysetPair expected) {
    if (!opened.sameKeysAs(expected)) {
      throw new IllegalStateException("custody file opens to other keysets");
    }
  }

  private void requireSameBlindIndex(KeysetPair current) {
    if (!current.blindIndex().equalsKeyset(blindIndexKeyset)) {
      throw new UnableToReadKeysException(
          "The blind-index keyset in " + files.directory() + " differs from the one this key ring"
              + " opened (replaced by a recovery?); reopen the keys");
    }
  }

  /**
   * The keysets as they are now: the cleartext files, or (sealed) the custody file opened with
   * the custody key this key ring holds. Call under the lock.
   */
  private KeysetPair currentKeysetsLocked() {
    boolean fields = files.exists(KeysetKind.FIELDS);
    boolean prf = files.exists(KeysetKind.BLIND_INDEX);
    if (fields && prf) {
      return new KeysetPair(files.read(KeysetKind.FIELDS), files.read(KeysetKind.BLIND_INDEX));
    }
    if (fields || prf) {
      KeysetKind missing = fields ? KeysetKind.BLIND_INDEX : KeysetKind.FIELDS;
      throw new UnableToReadKeysException(
          "Keys directory " + files.directory() + " is incomplete: " + missing.fileName()
              + " is missing; restore it from a backup");
    }
    if (!files.exists(CustodyFile.FILE_NAME)) {
      throw new KeysNotFoundException(files.directory());
    }
    CustodyKey key = custodyKey;
    if (key == null) {
      throw new KeysSealedException(files.directory());
    }
    return openCustody(files, key);
  }

  private static void requireCustodyFile(KeysetFiles files) {
    if (!files.exists(CustodyFile.FILE_NAME)) {
      throw new UnableToReadKeysException(
          "No custody file " + files.path(CustodyFile.FILE_NAME) + ": run `guwah keys split`"
              + " first (or restore " + CustodyFile.FILE_NAME + " from a backup)");
    }
  }

  private static CustodyFile.Header readCustodyHeader(KeysetFiles files) {
    requireCustodyFile(files);
    byte[] bytes = files.readBytes(CustodyFile.FILE_NAME, "Custody file", false);
    return CustodyFile.parse(bytes, files.path(CustodyFile.FILE_NAME));
  }

  private static KeysetPair openCustody(KeysetFiles files, CustodyKey key) {
    return CustodyFile.open(readCustodyHeader(files), key, files.path(CustodyFile.FILE_NAME));
  }

  /**
   * Opens the keys of {@code keysDir} in memory from {@value #CUSTODY_FILE_NAME} and at least k
   * of its shares, writing nothing: the way a sealed server starts. Cleartext keysets in the
   * directory, if any, are not read. The returned key ring holds the custody key, so {@link
   * #rotate()} keeps the custody file current and {@link #seal()} may follow.
   *
   * @param shareTexts share texts ({@code guwah-share-v1-...}), any order
   * @throws MalformedShareException if a text is not a share or is mistyped
   * @throws UnableToCombineSharesException if too few, duplicate, mixed or forged shares are given
   * @throws UnableToReadKeysException if there is no custody file, it belongs to another split
   *     than the shares, or it was altered
   */
  public static KeyRing openWithShares(Path keysDir, List<String> shareTexts) {
    KeysetFiles files = new KeysetFiles(keysDir);
    return openWithShares(files, shareTexts);
  }

  private static KeyRing openWithShares(KeysetFiles files, List<String> shareTexts) {
    List<Share> shares = new ArrayList<>(shareTexts.size());
    for (String text : shareTexts) {
      shares.add(Share.parse(text));
    }
    CustodyFile.Header header = readCustodyHeader(files);
    for (Share share : shares) {
      if (!share.splitId().equals(header.splitId())) {
        throw new UnableToReadKeysException(
            "Share " + share.index() + " belongs to split " + share.splitId() + ", but "
                + files.path(CustodyFile.FILE_NAME) + " is split " + header.splitId()
                + ": use the shares handed out for split " + header.splitId());
      }
    }
    CustodyKey key = CustodyKey.combine(shares);
    KeysetPair keysets = CustodyFile.open(header, key, files.path(CustodyFile.FILE_NAME));
    return new KeyRing(files, keysets, key);
  }

  /**
   * Rebuilds the cleartext keyset files of {@code keysDir} from {@value #CUSTODY_FILE_NAME} and
   * at least k shares; the same as {@link #recover(Path, List, boolean)} without replacing
   * different keysets.
   */
  public static KeyRing recover(Path keysDir, List<String> shareTexts) {
    return recover(keysDir, shareTexts, false);
  }

  /**
   * Rebuilds the cleartext keyset files of {@code keysDir} (e.g. a new, empty keys directory
   * holding only a restored custody file) from the custody file and at least k of its shares,
   * and returns the opened key ring (which holds the custody key).
   *
   * <p>A keyset file already present with the same keys is kept. A keyset file with other keys
   * (it may hold newer keys than the custody file) is refused with {@link
   * KeysAlreadyExistException} and nothing is changed, unless {@code replaceDifferentKeysets}: it
   * is then renamed to {@code NAME.before-recovery-N}, never deleted. Written files have mode
   * 0600; the custody file stays, so the directory can be sealed again.
   *
   * @throws MalformedShareException as {@link #openWithShares}
   * @throws UnableToCombineSharesException as {@link #openWithShares}
   * @throws UnableToReadKeysException as {@link #openWithShares}, or if an existing keyset file
   *     is unreadable and not to be replaced
   * @throws KeysAlreadyExistException if a different keyset exists and is not to be replaced
   * @throws UnableToWriteKeysException if the keyset files cannot be written
   */
  public static KeyRing recover(
      Path keysDir, List<String> shareTexts, boolean replaceDifferentKeysets) {
    KeysetFiles files = new KeysetFiles(keysDir);
    requireCustodyFile(files);
    files.prepareDirectory();
    return files.underLock(
        () -> {
          KeyRing ring = openWithShares(files, shareTexts);
          KeysetPair keysets = new KeysetPair(ring.fieldsKeyset, ring.blindIndexKeyset);
          Map<KeysetKind, Boolean> keep = new EnumMap<>(KeysetKind.class);
          for (KeysetKind kind : KeysetKind.values()) {
            keep.put(
                kind,
                files.exists(kind)
                    && sameAsExisting(files, kind, keysets, replaceDifferentKeysets));
          }
          for (KeysetKind kind : KeysetKind.values()) {
            if (!keep.get(kind)) {
              if (files.exists(kind)) {
                files.moveAside(kind);
              }
              files.write(kind, keysets.get(kind));
            }
          }
          return ring;
        });
  }

  /** Whether the existing keyset file of {@code kind} equals the custody one; refuses if not. */
  private static boolean sameAsExisting(
      KeysetFiles files, KeysetKind kind, KeysetPair keysets, boolean replace) {
    try {
      if (files.read(kind).equalsKeyset(keysets.get(kind))) {
        return true;
      }
    } catch (UnableToReadKeysException e) {
      if (!replace) {
        throw e;
      }
      return false;
    }
    if (!replace) {
      throw new KeysAlreadyExistException(
          files.path(kind) + " holds other keys than " + CustodyFile.FILE_NAME + " (it may hold"
              + " newer keys); refusing to replace it. Check `guwah keys status`; to replace it"
              + " anyway (it is kept as " + kind.fileName() + ".before-recovery-N) pass --replace");
    }
    return false;
  }

  /**
   * Removes the cleartext keyset files, leaving the keys only in {@value #CUSTODY_FILE_NAME}:
   * from then on the directory opens only with k shares ({@link #openWithShares}, {@link
   * #recover}). Safe by construction: this key ring must hold the custody key (it made the split
   * in this process, which verified every share, or was opened with shares), the custody file
   * on disk is opened again with it, and every cleartext keyset file must hold exactly the keys
   * in the custody file (else the custody file is stale and nothing is removed). Idempotent.
   *
   * <p>Deleting a file does not erase its blocks: on a disk that ever held the cleartext keysets,
   * use an encrypted volume or treat the old keys as exposed to whoever gets the disk.
   *
   * @throws IllegalStateException if this key ring does not hold the custody key
   * @throws UnableToReadKeysException if the custody file is missing, altered or of another split
   * @throws UnableToWriteKeysException if a cleartext keyset differs from the custody file, or
   *     cannot be deleted
   */
  public void seal() {
    CustodyKey key = custodyKey;
    if (key == null) {
      throw new IllegalStateException(
          "Only a key ring that holds the custody key can seal: the one split() returned, or one"
              + " opened with shares");
    }
    files.underLock(
        () -> {
          KeysetPair inCustody = openCustody(files, key);
          for (KeysetKind kind : KeysetKind.values()) {
            if (files.exists(kind) && !files.read(kind).equalsKeyset(inCustody.get(kind))) {
              throw new UnableToWriteKeysException(
                  "Refusing to seal: " + files.path(kind) + " holds other keys than "
                      + CustodyFile.FILE_NAME + " (stale custody, e.g. rotated after the split);"
                      + " run `guwah keys split` again first");
            }
          }
          for (KeysetKind kind : KeysetKind.values()) {
            files.delete(kind);
          }
          return inCustody;
        });
  }

  /**
   * Opens {@code keysDir} with shares ({@link #openWithShares}) and {@link #seal()}s it: the way
   * to seal a directory after the split, once k custodians have shown their shares work.
   *
   * @return the opened key ring
   */
  public static KeyRing seal(Path keysDir, List<String> shareTexts) {
    KeyRing ring = openWithShares(keysDir, shareTexts);
    ring.seal();
    return ring;
  }

  /**
   * Public facts about the custody file of {@code keysDir}, or empty if there is none: split id,
   * threshold and share count, creation time, custody-key fingerprint, whether the directory is
   * sealed, and whether the file is stale (cleartext keysets with other key ids or states than
   * the custody file records). Needs no share; reads the cleartext keysets if present.
   *
   * @throws UnableToReadKeysException if the custody file or a keyset file is invalid
   */
  public static Optional<CustodyInfo> custodyInfo(Path keysDir) {
    KeysetFiles files = new KeysetFiles(keysDir);
    if (!files.exists(CustodyFile.FILE_NAME)) {
      return Optional.empty();
    }
    CustodyFile.Header header = readCustodyHeader(files);
    boolean stale = false;
    for (KeysetKind kind : KeysetKind.values()) {
      if (files.exists(kind)
          && !KeysetPair.describe(files.read(kind)).equals(header.keys().get(kind))) {
        stale = true;
      }
    }
    return Optional.of(
        new CustodyInfo(
            files.path(CustodyFile.FILE_NAME),
            header.splitId(),
            header.threshold(),
            header.shareCount(),
            header.createdInstant(),
            header.keyFingerprint(),
            noKeysetExists(files),
            stale));
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

  /**
   * The search-term key, derived from the blind-index keyset (no keyset file of its own; ADR 0014).
   * Every call derives it anew; keep the result.
   */
  public SearchTermKey searchTermKey() {
    return SearchTermKey.derive(prfOf(blindIndexKeyset, files));
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
