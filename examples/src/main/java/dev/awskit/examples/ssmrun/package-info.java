/**
 * Seed 004's {@code ssm-run}: a command-line tool that starts an SSM Automation document and waits for it
 * ({@link dev.awskit.examples.ssmrun.SsmRunCommand}; exit 0 success, 1 failed, 2 bad usage, 3 timed out), and the
 * scenario that stops and starts an EC2 instance with it.
 */
package dev.awskit.examples.ssmrun;
