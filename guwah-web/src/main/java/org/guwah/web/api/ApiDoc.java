package org.guwah.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a record component (or a record) in the OpenAPI schema, and sets limits that request
 * bodies are checked against before binding.
 *
 * <p>Limits are enforced on request bodies by {@link ApiServer}: {@code maxLength}/{@code minLength}
 * on strings (counted in Unicode code points, as JSON Schema does), {@code maxItems} on lists, sets
 * and maps, {@code minimum}/{@code maximum} on integers and numbers. A violation answers 400
 * {@code validation_failed} naming the field. {@code vocabulary} is only documented (as
 * {@code x-vocabulary}); checking codes against a vocabulary is the domain's job.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface ApiDoc {
  /** No limit. */
  long UNSET = Long.MIN_VALUE;

  String description() default "";

  /** Maximum string length in code points; {@link #UNSET} for none. */
  long maxLength() default UNSET;

  /** Minimum string length in code points; {@link #UNSET} for none. */
  long minLength() default UNSET;

  /** Maximum number of entries of a list, set or map; {@link #UNSET} for none. */
  long maxItems() default UNSET;

  /** Inclusive minimum of a number; {@link #UNSET} for none. */
  long minimum() default UNSET;

  /** Inclusive maximum of a number; {@link #UNSET} for none. */
  long maximum() default UNSET;

  /** Name of the controlled vocabulary whose codes this string takes, e.g. {@code tactic}. */
  String vocabulary() default "";
}
