package dev.bulwark.cli.run;

import dev.bulwark.cli.config.ConfigFile;
import dev.bulwark.report.ReportFormat;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Default values, in this order: the config file ({@code bulwark.yaml} or {@code --config}), then what depends on
 * the command ({@code --timeout} from its {@link DefaultTimeout}), then the option's own {@code defaultValue}.
 * Flags on the command line win over all of them. {@code format} applies only where the option is a report format
 * (status's text|json is not).
 */
public class BulwarkDefaults implements IDefaultValueProvider {
    private final ConfigFile config;

    public BulwarkDefaults() {
        this(ConfigFile.empty());
    }

    public BulwarkDefaults(ConfigFile config) {
        this.config = config;
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option) || !option.longestName().startsWith("--")) {
            return null;
        }
        String key = option.longestName().substring(2);
        if (!"format".equals(key) || option.type() == ReportFormat.class) {
            String configured = config.value(key).orElse(null);
            if (configured != null) {
                return configured;
            }
        }
        return TimeoutOption.NAME.equals(option.longestName()) ? commandDefault(option.command()) : null;
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
