package org.guwah.store.crypto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Tink and Bouncy Castle are used only inside {@code org.guwah.store.crypto}: every other Guwah
 * class (main and test, of every module on the test class path) must go through its API.
 */
class CryptoConfinementTest {
  private static final String CRYPTO_PACKAGE = "org.guwah.store.crypto..";

  static ArchRule cryptoLibrariesOnlyIn(String allowedPackage) {
    return noClasses()
        .that()
        .resideInAPackage("org.guwah..")
        .and()
        .resideOutsideOfPackage(allowedPackage)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.crypto.tink..", "org.bouncycastle..")
        .because("key handling must stay inside " + CRYPTO_PACKAGE);
  }

  @Test
  void noGuwahClassOutsideCryptoUsesCryptoLibraries() {
    JavaClasses guwah = new ClassFileImporter().importPackages("org.guwah");

    cryptoLibrariesOnlyIn(CRYPTO_PACKAGE).check(guwah);
  }

  @Test
  void ruleDetectsAViolation() {
    JavaClasses crypto = new ClassFileImporter().importPackages("org.guwah.store.crypto");

    assertThatThrownBy(() -> cryptoLibrariesOnlyIn("org.guwah.elsewhere..").check(crypto))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("KeyRing");
  }
}
