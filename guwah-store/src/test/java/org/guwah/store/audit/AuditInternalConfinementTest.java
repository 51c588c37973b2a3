package org.guwah.store.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Only the audit package itself uses {@code org.guwah.store.audit.internal}. */
class AuditInternalConfinementTest {
  static ArchRule internalOnlyUsedFrom(String allowed) {
    return noClasses()
        .that().resideInAPackage("org.guwah..")
        .and().resideOutsideOfPackage(allowed)
        .should().dependOnClassesThat().resideInAPackage("org.guwah.store.audit.internal..")
        .because("the audit log's API is org.guwah.store.audit");
  }

  @Test
  void nothingOutsideTheAuditPackageUsesItsInternals() {
    JavaClasses guwah = new ClassFileImporter().importPackages("org.guwah");
    internalOnlyUsedFrom("org.guwah.store.audit..").check(guwah);
  }

  @Test
  void ruleDetectsAViolation() {
    JavaClasses audit = new ClassFileImporter().importPackages("org.guwah.store.audit");
    assertThatThrownBy(() -> internalOnlyUsedFrom("org.guwah.store.audit.internal..").check(audit))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("AuditLog");
  }
}
