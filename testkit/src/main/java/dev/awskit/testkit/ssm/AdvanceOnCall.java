package dev.awskit.testkit.ssm;

import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * An SDK interceptor that makes virtual time pass with each call a client makes: after each call of the named
 * operations (answered or failed, SDK retries counted once) it advances a {@link VirtualTime}, before the
 * client's caller sees the answer. With an emulator on that virtual time, a test that asserts what each poll of
 * the code under test sees is exact: "every poll costs a minute", and the code polls on wall time as fast as
 * its backoff allows. Executions still run on the emulator's clock; this only decides when that clock moves.
 *
 * <pre>{@code
 * SsmAsyncClient client = SsmEmulatorPreset.settings(emulator.endpoint()).toBuilder()
 *         .addInterceptor(AdvanceOnCall.after(time, Duration.ofMinutes(1), "GetAutomationExecution"))
 *         .build().client(SsmAsyncClient.builder());
 * }</pre>
 *
 * <p>Thread-safe. Step actions due in the advanced time run on the thread that finished the call.
 */
public final class AdvanceOnCall implements ExecutionInterceptor {
    private final VirtualTime time;
    private final Duration perCall;
    private final Set<String> operations;

    private AdvanceOnCall(VirtualTime time, Duration perCall, Set<String> operations) {
        this.time = time;
        this.perCall = perCall;
        this.operations = operations;
    }

    /**
     * Creates the interceptor.
     *
     * @param time the virtual time to advance
     * @param perCall how far each call advances it
     * @param operations the operations that advance it, e.g. {@code GetAutomationExecution}
     * @return the interceptor, for a client's override configuration
     * @throws IllegalArgumentException if {@code perCall} is negative or no operation is named
     */
    public static AdvanceOnCall after(VirtualTime time, Duration perCall, String... operations) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(perCall, "perCall");
        if (perCall.isNegative() || operations.length == 0) {
            throw new IllegalArgumentException("perCall must not be negative (" + perCall
                    + ") and at least one operation must be named");
        }
        return new AdvanceOnCall(time, perCall, Set.of(operations));
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        advance(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        advance(attributes);
    }

    private void advance(ExecutionAttributes attributes) {
        if (operations.contains(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
            time.advance(perCall);
        }
    }

    @Override
    public String toString() {
        return "AdvanceOnCall[" + perCall + " per " + operations + "]";
    }
}
