package dev.awskit.testkit.internal.fault;

import java.util.Random;

/**
 * Decides which calls or attempts of the operations a rule matches get its fault. Call indexes count the
 * calls the rule matched since it was added, from 1.
 */
public interface Trigger {
    /**
     * Decides for one HTTP attempt.
     *
     * @param callIndex which matching call this attempt belongs to, from 1
     * @param attemptInCall the attempt's number within its call, from 1
     * @return whether the fault applies
     */
    boolean firesOnAttempt(int callIndex, int attemptInCall);

    /**
     * Decides for a whole call (response rewrites).
     *
     * @param callIndex which matching call, from 1
     * @return whether the fault applies
     */
    boolean firesOnCall(int callIndex);

    /**
     * Every attempt of every matching call.
     *
     * @return the trigger
     */
    static Trigger always() {
        return new Trigger() {
            @Override
            public boolean firesOnAttempt(int callIndex, int attemptInCall) {
                return true;
            }

            @Override
            public boolean firesOnCall(int callIndex) {
                return true;
            }

            @Override
            public String toString() {
                return "always";
            }
        };
    }

    /**
     * The first attempt of the {@code n}th matching call (its retries pass), or the {@code n}th call as a whole.
     *
     * @param n from 1
     * @return the trigger
     */
    static Trigger nthCall(int n) {
        return new Trigger() {
            @Override
            public boolean firesOnAttempt(int callIndex, int attemptInCall) {
                return callIndex == n && attemptInCall == 1;
            }

            @Override
            public boolean firesOnCall(int callIndex) {
                return callIndex == n;
            }

            @Override
            public String toString() {
                return "nthCall(" + n + ")";
            }
        };
    }

    /**
     * Each attempt (or call) independently with probability {@code p}, drawn from a {@link Random} seeded with
     * {@code seed}, so the same sequence of calls sees the same faults.
     *
     * @param p the probability, 0 to 1
     * @param seed the seed
     * @return the trigger
     */
    static Trigger probability(double p, long seed) {
        Random random = new Random(seed);
        return new Trigger() {
            @Override
            public boolean firesOnAttempt(int callIndex, int attemptInCall) {
                return draw();
            }

            @Override
            public boolean firesOnCall(int callIndex) {
                return draw();
            }

            private boolean draw() {
                synchronized (random) {
                    return random.nextDouble() < p;
                }
            }

            @Override
            public String toString() {
                return "probability(" + p + ", seed " + seed + ")";
            }
        };
    }
}
