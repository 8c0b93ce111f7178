package org.convene.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The web layer goes through services: it never holds an EntityManager or calls the tenant scope
 * helper itself, so it cannot load a tenant-owned object by id alone.
 */
class LayeringTest {

  private final JavaClasses web =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target/classes"));

  @Test
  void theWebLayerNeverTouchesTheEntityManager() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.EntityManager")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.PersistenceContext")
        .check(web);
  }

  @Test
  void theWebLayerNeverBypassesServicesToLoadTenantOwnedObjects() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.convene.tenancy.TenantScope")
        .check(web);
  }
}
