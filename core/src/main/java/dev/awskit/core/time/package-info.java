/**
 * Injectable time: {@link dev.awskit.core.time.TimeSource} for clocks and
 * {@link dev.awskit.core.time.VirtualTime}, a clock that is also a scheduler, so tests run schedules exactly and
 * never sleep.
 */
package dev.awskit.core.time;
