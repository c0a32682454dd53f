/** Polling: the per-attempt cost of core's Poller beside a hand-written loop and the SDK's AsyncWaiter. */
package dev.awskit.benchmarks.poll;
