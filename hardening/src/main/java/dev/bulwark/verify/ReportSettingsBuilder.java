package dev.bulwark.verify;

import dev.bulwark.verify.waiver.Waivers;
import java.time.Clock;
import java.util.Objects;

/**
 * The settings every run that ends in a {@link VerifyReport} takes besides its probes and budget: the clock, the
 * waivers and the tool version the report is stamped with. {@link Verifier.Builder} and the host audit's builder
 * share them; {@code B} is the concrete builder, so calls chain.
 */
public abstract class ReportSettingsBuilder<B extends ReportSettingsBuilder<B>> {
    Clock clock = Clock.systemUTC();
    Waivers waivers = Waivers.none();
    String toolVersion = "dev";

    protected ReportSettingsBuilder() {
    }

    protected abstract B self();

    /** For report timestamps, waiver expiry and certificate dates; durations always use the monotonic clock. */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return self();
    }

    public B waivers(Waivers waivers) {
        this.waivers = Objects.requireNonNull(waivers);
        return self();
    }

    public B toolVersion(String toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion);
        return self();
    }

    /** Takes the clock, waivers and tool version of {@code other}, for a run that drives another. */
    public B reportSettingsOf(ReportSettingsBuilder<?> other) {
        this.clock = other.clock;
        this.waivers = other.waivers;
        this.toolVersion = other.toolVersion;
        return self();
    }
}
