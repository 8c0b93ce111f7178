package org.convene.account;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Who may call a service method that takes an {@link Actor}. The annotation binds {@link
 * AuthorizationInterceptor}, which checks the rule before the method runs and hands the method an
 * authorised actor: the only way a method gets its {@link Caller} (for the audit log) and, for
 * {@link Rule#EDITOR}, the collaborative it may change. A method without the annotation has neither
 * and fails on first use; {@code AuthorizationRulesTest} refuses to build such a method.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Authorized {

  @Nonbinding
  Rule value();

  enum Rule {
    /** A network administrator (or the platform). */
    ADMINISTRATOR,
    /**
     * An editor of the collaborative whose slug is the parameter right after the actor, or an
     * administrator. {@link Actor#space()} is that collaborative.
     */
    EDITOR,
    /** Any active account (its own data only). */
    SIGNED_IN,
    /** Only the platform itself: timers, start-up, demo data. */
    PLATFORM
  }
}
