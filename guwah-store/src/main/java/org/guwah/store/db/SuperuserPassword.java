package org.guwah.store.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The embedded server's superuser password, kept in one file (mode 0600) beside the PostgreSQL
 * data: 32 bytes from {@link SecureRandom}, base64url without padding, followed by a newline (the
 * form {@code initdb --pwfile} reads).
 */
final class SuperuserPassword {
  private static final int RANDOM_BYTES = 32;

  private SuperuserPassword() {}

  /**
   * Returns the password stored in {@code file}, creating the file with a new random password when
   * it does not exist. Tightens the file's mode to 0600 either way.
   *
   * @throws IOException if the file cannot be read or written, or holds no password
   */
  static String readOrCreate(Path file, SecureRandom random) throws IOException {
    if (!Files.exists(file)) {
      byte[] bytes = new byte[RANDOM_BYTES];
      random.nextBytes(bytes);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Path partial = file.resolveSibling(file.getFileName() + ".new");
      Files.deleteIfExists(partial);
      OwnerOnlyAccess.file(partial);
      Files.writeString(partial, password + "\n", StandardCharsets.US_ASCII);
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
    OwnerOnlyAccess.file(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new IOException("password file " + file + " is empty");
    }
    return lines.get(0).strip();
  }
}
