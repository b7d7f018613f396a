package dev.bulwark.cli.run;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A command's default {@code --timeout} (e.g. {@code "60s"}), read by {@link BulwarkDefaults}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DefaultTimeout {
    String value();
}
