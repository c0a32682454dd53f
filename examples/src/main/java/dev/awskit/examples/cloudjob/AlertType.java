package dev.awskit.examples.cloudjob;

import java.util.Locale;

/** The alert type of a DogStatsD event, as Datadog's {@code statsd.event(..., alert_type=...)} takes it. */
public enum AlertType {
    /** Information. */
    INFO,
    /** Something went well. */
    SUCCESS,
    /** Something needs a look. */
    WARNING,
    /** Something failed. */
    ERROR;

    /** @return the wire name, e.g. {@code success} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
