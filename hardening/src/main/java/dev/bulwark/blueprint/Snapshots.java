package dev.bulwark.blueprint;

/**
 * @param autoSnapshotHour hour of day (UTC, 0-23) for Lightsail automatic snapshots; always on
 */
public record Snapshots(int autoSnapshotHour) {
    /** Lightsail's {@code SnapshotTimeOfDay} format, {@code HH:00}. */
    public String timeOfDay() {
        return String.format("%02d:00", autoSnapshotHour);
    }
}
