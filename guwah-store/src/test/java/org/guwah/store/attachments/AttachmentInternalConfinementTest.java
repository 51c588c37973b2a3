package org.guwah.store.attachments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Only the attachments package itself uses {@code org.guwah.store.attachments.internal}. */
class AttachmentInternalConfinementTest {
  static ArchRule internalOnlyUsedFrom(String allowed) {
    return noClasses()
        .that().resideInAPackage("org.guwah..")
        .and().resideOutsideOfPackage(allowed)
        .should().dependOnClassesThat().resideInAPackage("org.guwah.store.attachments.internal..")
        .because("the attachments API is org.guwah.store.attachments");
  }

  @Test
  void nothingOutsideTheAttachmentsPackageUsesItsInternals() {
    JavaClasses guwah = new ClassFileImporter().importPackages("org.guwah");
    internalOnlyUsedFrom("org.guwah.store.attachments..").check(guwah);
  }

  @Test
  void ruleDetectsAViolation() {
    JavaClasses attachments = new ClassFileImporter().importPackages("org.guwah.store.attachments");
    assertThatThrownBy(() -> internalOnlyUsedFrom("org.guwah.store.attachments.internal..").check(attachments))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("AttachmentStore");
  }
}
