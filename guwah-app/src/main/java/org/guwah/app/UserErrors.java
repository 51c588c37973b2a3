package org.guwah.app;

import org.guwah.app.imports.ImportFileException;
import org.guwah.store.cases.DuplicateIdException;
import org.guwah.store.crypto.KeysAlreadyExistException;
import org.guwah.store.crypto.KeysNotFoundException;

/**
 * Turns failures into one line for the terminal. Messages of Guwah's own exceptions are written to
 * carry no record data; for anything else only the exception's type is shown.
 */
final class UserErrors {
  private UserErrors() {}

  static String describe(Exception e) {
    if (e instanceof ImportFileException || e instanceof KeysNotFoundException || e instanceof KeysAlreadyExistException
        || e instanceof DuplicateIdException || e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    String own = e.getClass().getName().startsWith("org.guwah.") ? ": " + e.getMessage() : "";
    return "failed (" + e.getClass().getSimpleName() + own + ")";
  }

  static int exitCode(Exception e) {
    return e instanceof ImportFileException || e instanceof IllegalArgumentException ? 2 : 1;
  }
}
