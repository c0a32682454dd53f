package dev.awskit.testkit.ssm.internal;

import dev.awskit.testkit.ssm.internal.model.ApiError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The executions started, by id and in start order. Thread-safe. */
final class ExecutionStore {
    private final Map<String, ExecutionState> byId = new ConcurrentHashMap<>();
    private final List<ExecutionState> order = new CopyOnWriteArrayList<>();

    void add(ExecutionState execution) {
        byId.put(execution.id(), execution);
        order.add(execution);
    }

    /** @return every execution, visible or not, in start order */
    List<ExecutionState> all() {
        return List.copyOf(order);
    }

    /** @return the executions a read sees now (past their invisibility), in start order */
    List<ExecutionState> visible() {
        return order.stream().filter(ExecutionState::visible).toList();
    }

    Optional<ExecutionState> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns an execution a read can see.
     *
     * @param id the execution id
     * @return the execution
     * @throws ApiError {@code AutomationExecutionNotFoundException} if unknown or not visible yet
     */
    ExecutionState find(String id) {
        ExecutionState execution = byId.get(id);
        if (execution == null || !execution.visible()) {
            throw ApiError.badRequest("AutomationExecutionNotFoundException",
                    "Automation execution " + id + " is not found");
        }
        return execution;
    }

    /** Forgets every execution; their pending transitions never run. */
    void clear() {
        order.forEach(ExecutionState::discard);
        byId.clear();
        order.clear();
    }
}
