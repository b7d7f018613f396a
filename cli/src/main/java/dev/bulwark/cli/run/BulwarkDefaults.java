package dev.bulwark.cli.run;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Default values that depend on the command: {@code --timeout} from the command's {@link DefaultTimeout}.
 * Options without an entry here keep their annotation's {@code defaultValue}.
 */
public class BulwarkDefaults implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (argSpec instanceof OptionSpec option && TimeoutOption.NAME.equals(option.longestName())) {
            return commandDefault(option.command());
        }
        return null;
    }

    private static String commandDefault(CommandSpec command) {
        for (CommandSpec c = command; c != null; c = c.parent()) {
            Object user = c.userObject();
            DefaultTimeout annotation = user == null ? null : user.getClass().getAnnotation(DefaultTimeout.class);
            if (annotation != null) {
                return annotation.value();
            }
        }
        return null;
    }
}
