package org.guwah.core.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that a client may leave out: the record's constructor fills in a
 * default (an empty list, {@code UNKNOWN}, version 0...). The accessor never returns null. Readers
 * of the record's shape (the API's schema and body checks) treat such a component as optional.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Defaulted {}
