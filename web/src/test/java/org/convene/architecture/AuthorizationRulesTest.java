package org.convene.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.util.List;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.junit.jupiter.api.Test;

/**
 * Authorisation by construction: every service operation that takes an {@link Actor} is annotated
 * {@link Authorized} (so its rule is checked before it runs), only the authentication layer mints
 * an account's actor, only the platform's own classes use {@link Actor#system()}, and pages reach
 * neither the access control nor the mail machinery directly.
 */
class AuthorizationRulesTest {

  private static final JavaClasses PORTAL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.convene");

  /** Where the platform itself acts: timers, the demo loader. */
  private static final List<String> PLATFORM =
      List.of("org.convene.event.ReminderTimer", "org.convene.demo.DemoDataLoader");

  @Test
  void theServicesAreOnTheClassPathOfThisTest() {
    assertThat(PORTAL.contain("org.convene.event.EventService")).isTrue();
    assertThat(actorMethods()).hasSizeGreaterThan(60);
  }

  @Test
  void everyServiceOperationThatTakesAnActorIsAuthorized() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Stateless.class)
        .or()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Singleton.class)
        .and()
        .haveModifier(JavaModifier.PUBLIC)
        .should(takeNoActorOrBeAuthorized())
        .check(PORTAL);
  }

  @Test
  void onlyTheAuthenticationLayerMakesAnAccountsActor() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.convene.account.CurrentUser")
        .should()
        .callMethod(Actor.class, "account", long.class)
        .check(PORTAL);
  }

  @Test
  void onlyThePlatformActsAsTheSystem() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(PLATFORM.get(0))
        .and()
        .doNotHaveFullyQualifiedName(PLATFORM.get(1))
        .should()
        .callMethod(Actor.class, "system")
        .check(PORTAL);
  }

  @Test
  void pagesReachNeitherAccessControlNorMail() {
    noClasses()
        .that()
        .resideInAPackage("org.convene..")
        .and()
        .areNotAnnotatedWith(Stateless.class)
        .and()
        .areNotAnnotatedWith(Singleton.class)
        .and()
        .resideOutsideOfPackages("org.convene.mail..", "org.convene.demo..")
        .and()
        .doNotHaveSimpleName("AuthorizationInterceptor")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.convene.account.AccessControl")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.convene.mail.MailOutbox")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.convene.mail.OutboxDelivery")
        .check(PORTAL);
  }

  private static List<JavaMethod> actorMethods() {
    return PORTAL.stream()
        .filter(c -> c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class))
        .flatMap(c -> c.getMethods().stream())
        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(m -> m.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Actor.class)))
        .toList();
  }

  private static ArchCondition<JavaMethod> takeNoActorOrBeAuthorized() {
    return new ArchCondition<>("take no Actor, or be @Authorized (EDITOR: the slug after it)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        var types = method.getRawParameterTypes();
        int actor = -1;
        for (int i = 0; i < types.size(); i++) {
          if (types.get(i).isEquivalentTo(Actor.class)) {
            actor = i;
          }
        }
        if (actor < 0) {
          return;
        }
        if (!method.isAnnotatedWith(Authorized.class)) {
          events.add(
              SimpleConditionEvent.violated(method, method.getFullName() + " is not @Authorized"));
          return;
        }
        Authorized.Rule rule = method.getAnnotationOfType(Authorized.class).value();
        if (rule == Authorized.Rule.EDITOR
            && (actor + 1 >= types.size() || !types.get(actor + 1).isEquivalentTo(String.class))) {
          events.add(
              SimpleConditionEvent.violated(
                  method,
                  method.getFullName() + " is @Authorized(EDITOR) but no slug follows the actor"));
        }
      }
    };
  }
}
