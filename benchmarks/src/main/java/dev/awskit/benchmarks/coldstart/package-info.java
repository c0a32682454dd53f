/** Cold start: the first secret read in a fresh JVM, awskit beside the bare SDK and the other caches. */
package dev.awskit.benchmarks.coldstart;
