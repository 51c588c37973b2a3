package org.guwah.app;

import java.util.concurrent.Callable;
import org.guwah.store.crypto.KeyRing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code guwah keys init|rotate|status}: the field-encryption keys. */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = {"Manage the field-encryption keys (kept outside the database, in the keys folder).",
        "init: create them (refuses if present); rotate: new primary key, old data stays readable;",
        "status: key ids and states, never key material."})
final class KeysCommand implements Callable<Integer> {
  @Mixin GlobalOptions options = new GlobalOptions();

  @Parameters(index = "0", paramLabel = "ACTION", description = "init, rotate or status")
  String action = "status";

  @Override
  public Integer call() {
    switch (action) {
      case "init" -> {
        KeyRing k = KeyRing.create(options.keysDir());
        System.out.println("created keys in " + k.directory() + " — back this folder up separately from the database");
      }
      case "rotate" -> {
        KeyRing k = KeyRing.open(options.keysDir());
        k.rotate();
        System.out.println("rotated: new data is sealed with the new key; restart running servers to use it");
        System.out.println(k.keyInfo().render());
      }
      case "status" -> System.out.println(KeyRing.open(options.keysDir()).keyInfo().render());
      default -> throw new IllegalArgumentException("unknown keys action " + action + " (init, rotate, status)");
    }
    return 0;
  }
}
