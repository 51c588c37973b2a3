package org.guwah.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.guwah.store.cases.Reencryption;
import org.guwah.store.cases.ReencryptionListener;
import org.guwah.store.cases.ReencryptionSummary;
import org.guwah.store.cases.TableReencryption;
import org.guwah.store.crypto.CustodyInfo;
import org.guwah.store.crypto.CustodyShares;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.custody.MalformedShareException;
import org.guwah.store.crypto.custody.Share;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guwah keys init|rotate|status|split|seal|recover}: the field-encryption keys and their custody. */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = {"Manage the field-encryption keys (kept in the keys folder, not the database).",
        "  init     create them (refuses if present)",
        "  rotate   new primary key; old data stays readable",
        "           (sealed keys: add --share FILE for each share)",
        "           --reencrypt: then re-seal every stored record under it (server",
        "           stopped); with a running server use POST /api/v1/keys/rotation",
        "           instead: it rotates the server's keys and re-encrypts without downtime",
        "  status   key ids and states, custody facts; never key material",
        "  split    --shares N --threshold K [--out DIR] [--seal]: put both keysets",
        "           into custody.json, encrypted under a new random key that is cut",
        "           into N shares (Shamir's scheme); any K of them open it",
        "  seal     remove the cleartext keysets once K shares opened custody.json",
        "  recover  write the keysets back from custody.json and K shares",
        "seal and recover read --share FILE (repeat), or else standard input,",
        "one share per line (hidden while typed on a terminal).",
        "",
        "Risks: the shares are shown once; Guwah keeps no copy. Once sealed, losing",
        "more than N-K shares loses every identity field for good. K custodians",
        "together, or anyone who collects K shares and custody.json, read",
        "everything. Give each share to one person; keep shares offline and apart,",
        "never in the data or keys folder or their backups. Printed shares stay in",
        "terminal scrollback. A new split stops older shares opening the new",
        "custody.json, but they still open old copies of it (backups). After",
        "`rotate` without shares custody.json is stale (status says so): split",
        "again. Deleting keyset files does not erase the disk: keep the keys folder",
        "on an encrypted volume. See docs/adr/0004-key-custody.md."})
final class KeysCommand implements Callable<Integer> {
  private static final String SHARE_FILE = "share-%d-of-%d.txt";

  @Mixin GlobalOptions options = new GlobalOptions();

  @Parameters(index = "0", paramLabel = "ACTION", description = "init, rotate, status, split, seal or recover")
  String action = "status";

  @Option(names = "--shares", paramLabel = "N", description = "split: how many shares to make (2-255), one per custodian")
  @Nullable Integer shares;

  @Option(names = "--threshold", paramLabel = "K", description = "split: how many shares open the keys (2-N)")
  @Nullable Integer threshold;

  @Option(names = "--out", paramLabel = "DIR",
      description = "split: write share-I-of-N.txt (mode 0600) into DIR, outside the data and keys folders;"
          + " without it the shares are printed")
  @Nullable Path out;

  @Option(names = "--seal", description = "split: after the share files are written and read back, remove the cleartext keysets (needs --out)")
  boolean seal;

  @Option(names = "--share", paramLabel = "FILE", description = "a share file (repeat for each share)")
  List<Path> shareFiles = new ArrayList<>();

  @Option(names = "--reencrypt",
      description = "rotate: re-seal every stored record under the new key now (stop the server first;"
          + " a running server rotates without downtime through POST /api/v1/keys/rotation)")
  boolean reencrypt;

  @Option(names = "--replace",
      description = "recover: replace keyset files that differ from custody.json (kept as NAME.before-recovery-N)")
  boolean replace;

  @Override
  public Integer call() {
    Path keysDir = options.keysDir();
    switch (action) {
      case "init" -> {
        KeyRing k = KeyRing.create(keysDir);
        System.out.println("created keys in " + k.directory() + " — back this folder up separately from the database");
      }
      case "rotate" -> {
        List<String> shareTexts = shareFiles.isEmpty() ? List.of() : readShares();
        KeyRing k = shareTexts.isEmpty() ? KeyRing.open(keysDir) : KeyRing.openWithShares(keysDir, shareTexts);
        k.rotate();
        System.out.println(reencrypt
            ? "rotated: new data is sealed with the new key"
            : "rotated: new data is sealed with the new key; restart running servers to use it (or rotate through"
                + " the running server: POST /api/v1/keys/rotation)");
        System.out.println(k.keyInfo().render());
        KeyRing.custodyInfo(keysDir).filter(CustodyInfo::stale).ifPresent(c -> System.err.println(
            "warning: " + KeyRing.CUSTODY_FILE_NAME + " is now stale (it holds the keys from before this rotation);"
                + " run `guwah keys split` again and hand out the new shares"));
        if (reencrypt) {
          reencrypt(shareTexts);
        }
      }
      case "status" -> status(keysDir);
      case "split" -> split(keysDir);
      case "seal" -> {
        KeyRing.seal(keysDir, readShares());
        System.out.println("sealed: the cleartext keysets in " + keysDir + " are removed; the keys now open only with "
            + KeyRing.custodyInfo(keysDir).map(CustodyInfo::threshold).orElse(0) + " shares and "
            + KeyRing.CUSTODY_FILE_NAME);
      }
      case "recover" -> {
        KeyRing k = KeyRing.recover(keysDir, readShares(), replace);
        System.out.println("recovered the keysets into " + k.directory() + " from " + KeyRing.CUSTODY_FILE_NAME
            + "; the keys folder is unsealed: run `guwah keys seal` again when done if it was sealed");
        System.out.println(k.keyInfo().render());
      }
      default -> throw new IllegalArgumentException(
          "unknown keys action " + action + " (init, rotate, status, split, seal, recover)");
    }
    return 0;
  }

  /** Re-seals every stored record under the (just rotated) primary key, with progress on stderr. */
  private void reencrypt(List<String> shareTexts) {
    try (Installation inst = Installation.open(options, false, 2, shareTexts)) {
      TableProgress progress = new TableProgress();
      ReencryptionSummary summary = Reencryption.of(inst.store(), inst.keys(), Clock.systemUTC()).run(progress);
      progress.finish();
      System.out.println("re-encrypted: " + summary.render());
      if (summary.unreadable() > 0) {
        System.err.println("warning: " + summary.unreadable() + " rows open with no key of the ring and keep"
            + " their old seal; check the keys folder and backups");
      }
    }
  }

  /** One {@link Progress} line per table. */
  private static final class TableProgress implements ReencryptionListener {
    private @Nullable Progress progress;
    private @Nullable String kind;
    private long seen;

    @Override
    public void progressed(TableReencryption table) {
      Progress current = progress;
      if (current == null || !table.kind().equals(kind)) {
        finish();
        current = Progress.onStderr("re-encrypting " + table.kind(), table.total());
        progress = current;
        kind = table.kind();
        seen = 0;
      }
      current.advance(table.done() - seen);
      seen = table.done();
    }

    void finish() {
      Progress current = progress;
      if (current != null) {
        current.finish();
      }
      progress = null;
    }
  }

  private static void status(Path keysDir) {
    Optional<CustodyInfo> custody = KeyRing.custodyInfo(keysDir);
    if (custody.isPresent() && custody.get().sealed()) {
      System.out.println("Keys directory: " + keysDir.toAbsolutePath().normalize());
      System.out.print(custody.get().render());
      return;
    }
    System.out.print(KeyRing.open(keysDir).keyInfo().render());
    System.out.print(custody.map(CustodyInfo::render).orElse(
        "Custody: none (whoever holds this folder can read every identity field; see `guwah keys split --help`)\n"));
  }

  private void split(Path keysDir) {
    if (shares == null || threshold == null) {
      throw new IllegalArgumentException("split needs --shares N and --threshold K (e.g. --shares 5 --threshold 3)");
    }
    int n = shares;
    int k = threshold;
    if (k < 2 || k > n || n > 255) {
      throw new IllegalArgumentException("split needs 2 <= K <= N <= 255 (got --threshold " + k + " --shares " + n + ")");
    }
    if (seal && out == null) {
      throw new IllegalArgumentException("--seal needs --out DIR: the shares are verified on disk before the cleartext"
          + " keys are removed (or seal later with `guwah keys seal`)");
    }
    @Nullable Path dir = out == null ? null : prepareOutDir(out, n, keysDir);
    KeyRing ring = shareFiles.isEmpty() ? KeyRing.open(keysDir) : KeyRing.openWithShares(keysDir, readShares());
    CustodyShares result = ring.split(n, k);
    CustodyInfo info = result.custody();
    if (dir == null) {
      printShares(result);
    } else {
      writeShares(dir, result);
      System.out.println("wrote " + n + " share files to " + dir + " (split " + info.splitId() + ", any " + k + " of " + n
          + " open the keys). Give each file to one custodian and delete it from this machine.");
    }
    if (seal && dir != null) {
      for (int i = 1; i <= n; i++) {
        String back = readShareFile(dir.resolve(String.format(SHARE_FILE, i, n)));
        if (!back.equals(result.shareTexts().get(i - 1))) {
          throw new IllegalArgumentException("share file " + i + " did not read back as written (disk problem?); not sealing");
        }
      }
      ring.seal();
      System.out.println("sealed: the cleartext keysets are removed; the keys now open only with " + k
          + " shares and " + KeyRing.CUSTODY_FILE_NAME);
    }
    System.err.println("The shares are shown once and not stored by Guwah. Losing more than " + (n - k)
        + " of them (once sealed) loses the data; any " + k + " of them read everything.");
  }

  private void printShares(CustodyShares result) {
    CustodyInfo info = result.custody();
    int n = info.shareCount();
    System.out.println("Split " + info.splitId() + ": any " + info.threshold() + " of these " + n + " shares, with "
        + KeyRing.CUSTODY_FILE_NAME + ", open the keys.");
    System.out.println("Give each share to ONE custodian. They are shown only now; clear this terminal afterwards.");
    for (int i = 1; i <= n; i++) {
      System.out.println();
      System.out.println("=== Share " + i + " of " + n + " (split " + info.splitId() + ", threshold " + info.threshold() + ") ===");
      System.out.println(result.shareTexts().get(i - 1));
    }
  }

  /** Checks DIR is outside the data and keys folders and holds no share file of this size; creates it (0700). */
  private Path prepareOutDir(Path dir, int n, Path keysDir) {
    Path target = resolved(dir);
    for (Path forbidden : List.of(options.dataDir(), keysDir)) {
      if (target.startsWith(resolved(forbidden))) {
        throw new IllegalArgumentException("--out " + dir + " is inside " + forbidden
            + ": shares must never sit with the data, the keys or their backups (use e.g. one USB stick per custodian)");
      }
    }
    for (int i = 1; i <= n; i++) {
      if (Files.exists(target.resolve(String.format(SHARE_FILE, i, n)))) {
        throw new IllegalArgumentException("--out " + dir + " already holds " + String.format(SHARE_FILE, i, n)
            + "; choose an empty folder (old shares stop working with the new split)");
      }
    }
    try {
      if (!Files.isDirectory(target)) {
        if (posix()) {
          Files.createDirectories(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(target);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create --out " + dir + " (" + e.getClass().getSimpleName() + ")");
    }
    return target;
  }

  /** The absolute, normalised path with symbolic links of its longest existing ancestor resolved. */
  static Path resolved(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static void writeShares(Path dir, CustodyShares result) {
    CustodyInfo info = result.custody();
    int n = info.shareCount();
    for (int i = 1; i <= n; i++) {
      Path file = dir.resolve(String.format(SHARE_FILE, i, n));
      String text = "# Guwah key custody: share " + i + " of " + n + "\n"
          + "# Split " + info.splitId() + ", made " + info.created() + ": any " + info.threshold() + " of the " + n
          + " shares, with " + KeyRing.CUSTODY_FILE_NAME + ", open the keys.\n"
          + "# Keep this file offline and apart from the other shares: never on the server, in the data or\n"
          + "# keys folder or their backups; never by e-mail or chat. Whoever gathers " + info.threshold()
          + " shares and\n# " + KeyRing.CUSTODY_FILE_NAME + " can read every identity field. Copying by hand:"
          + " case and hyphens do not matter.\n"
          + result.shareTexts().get(i - 1) + "\n";
      try {
        if (posix()) {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot write share file " + file + " (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  /** The share texts from --share files, else from standard input. */
  private List<String> readShares() {
    if (!shareFiles.isEmpty()) {
      List<String> texts = new ArrayList<>();
      for (Path file : shareFiles) {
        texts.add(readShareFile(file));
      }
      return texts;
    }
    return readSharesFromInput();
  }

  /** The one share line of a share file (comment lines start with #), checked. */
  static String readShareFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read share file " + file);
    }
    List<String> found = lines.stream().map(String::strip).filter(KeysCommand::isShareLine).toList();
    if (found.size() != 1) {
      throw new IllegalArgumentException("share file " + file + " holds " + found.size() + " share lines; expected exactly 1");
    }
    return checked(found.get(0), "share file " + file);
  }

  /** Not blank, not a comment ({@code #}) and not a heading ({@code ===}) as printed by split. */
  private static boolean isShareLine(String line) {
    return !line.isBlank() && !line.startsWith("#") && !line.startsWith("=");
  }

  private static String checked(String text, String where) {
    try {
      Share.parse(text);
      return text;
    } catch (MalformedShareException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage());
    }
  }

  private static List<String> readSharesFromInput() {
    List<String> texts = new ArrayList<>();
    Console console = System.console();
    if (console != null) {
      System.err.println("Enter the shares, one per line (not shown); an empty line ends.");
      while (true) {
        char[] line = console.readPassword("share %d: ", texts.size() + 1);
        if (line == null || new String(line).isBlank()) {
          break;
        }
        texts.add(checked(new String(line).strip(), "share " + (texts.size() + 1)));
      }
    } else {
      try {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          number++;
          String text = line.strip();
          if (isShareLine(text)) {
            texts.add(checked(text, "standard input line " + number));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Unable to read shares from standard input", e);
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no shares given: pass --share FILE for each share, or one share per line on standard input");
    }
    return texts;
  }
}
