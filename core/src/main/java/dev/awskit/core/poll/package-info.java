/**
 * Waiting for anything asynchronously: {@link dev.awskit.core.poll.Poller} runs a call by a
 * {@link dev.awskit.core.poll.PollPolicy} (classifier, backoff, deadline, transient errors) until the answer is
 * final. Cancelling the returned future stops the polls; a failed wait keeps the last answer.
 */
package dev.awskit.core.poll;
