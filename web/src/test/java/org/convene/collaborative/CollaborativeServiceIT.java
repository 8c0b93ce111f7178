package org.convene.collaborative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convene.demo.DemoDataLoader;
import org.convene.platform.DatabaseMigrator;
import org.convene.testing.Deployments;
import org.convene.testing.InContainerData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Services, persistence unit, Flyway and PostgreSQL together, inside Payara Micro. Every test runs
 * in a transaction it rolls back.
 */
@ExtendWith(ArquillianExtension.class)
class CollaborativeServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(CollaborativeServiceIT.class, InContainerData.class);
  }

  @Inject CollaborativeService collaboratives;
  @EJB DatabaseMigrator migrator;
  @EJB DemoDataLoader demoData;
  @EJB InContainerData data;
  @Resource UserTransaction tx;

  @BeforeEach
  void begin() throws Exception {
    tx.begin();
  }

  @AfterEach
  void rollBack() throws Exception {
    tx.rollback();
  }

  @Test
  void schemaIsMigratedAtStartUp() {
    assertTrue(migrator.status().migrated(), migrator.status().detail());
  }

  @Test
  void findsACollaborativeByItsSlug() {
    String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);
    data.persist(new Collaborative(slug, "Institute of Testing", "IOT"));

    Collaborative found = collaboratives.getBySlug(slug);

    assertEquals("Institute of Testing", found.getName());
    assertTrue(collaboratives.listAll().stream().anyMatch(c -> c.getSlug().equals(slug)));
  }

  @Test
  void anUnknownOrMalformedSlugFindsNothing() {
    assertTrue(collaboratives.findBySlug("no-such-collaborative").isEmpty());
    assertTrue(collaboratives.findBySlug("x' OR '1'='1").isEmpty());
    assertTrue(collaboratives.findBySlug(null).isEmpty());
    assertThrows(CollaborativeNotFoundException.class, () -> collaboratives.getBySlug("nope"));
  }

  @Test
  void anInvalidSlugIsRejectedBeforeItReachesTheDatabase() {
    EJBException e =
        assertThrows(
            EJBException.class, () -> data.persist(new Collaborative("Not A Slug", "Bad", "B")));
    ConstraintViolationException violation = causeOfType(e, ConstraintViolationException.class);
    assertEquals(
        Set.of("slug"),
        violation.getConstraintViolations().stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(Collectors.toSet()));
    assertTrue(
        violation.getConstraintViolations().iterator().next().getMessage().contains("lower-case"));
  }

  @Test
  void theDatabaseItselfRefusesAMalformedSlug() {
    assertThrows(
        EJBException.class,
        () ->
            data.executeNative(
                "INSERT INTO collaborative (slug, name, short_name) VALUES ('Bad Slug', 'x', 'x')"));
  }

  @Test
  void demoDataLoadsIntoAnEmptyDatabaseExactlyOnce() {
    data.execute("DELETE FROM Collaborative");
    data.execute("DELETE FROM Network");

    assertTrue(demoData.loadIfEmpty());
    assertFalse(demoData.loadIfEmpty(), "a second load must change nothing");

    assertEquals(1, data.count("Network"));
    List<String> slugs = collaboratives.listAll().stream().map(Collaborative::getSlug).toList();
    assertEquals(List.of("civhc", "comagine", "icsi", "mncm", "stratis"), slugs);
  }

  private static <T extends Throwable> T causeOfType(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + t, t);
  }
}
