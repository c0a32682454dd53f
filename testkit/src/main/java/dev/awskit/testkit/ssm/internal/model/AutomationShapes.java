package dev.awskit.testkit.ssm.internal.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The input shapes of the six Automation operations, transcribed from the SSM service model (API version
 * 2014-11-06): lengths, ranges, patterns, enums and required members. {@code AutomationShapesModelTest}
 * compares them with botocore's copy of the model, so drift shows up as a failing test.
 */
public final class AutomationShapes {
    /** The execution statuses of the model ({@code AutomationExecutionStatus}). */
    public static final Set<String> STATUSES = Set.of("Pending", "InProgress", "Waiting", "Success", "TimedOut",
            "Cancelling", "Cancelled", "Failed", "PendingApproval", "Approved", "Rejected", "Scheduled",
            "RunbookInProgress", "PendingChangeCalendarOverride", "ChangeCalendarOverrideApproved",
            "ChangeCalendarOverrideRejected", "CompletedWithSuccess", "CompletedWithFailure", "Exited");

    static final StringShape EXECUTION_ID = StringShape.of(36, 36, null);
    static final IntegerShape MAX_RESULTS = new IntegerShape(1, 50);
    static final StringShape NEXT_TOKEN = StringShape.of(null, null, null);
    static final MapShape PARAMETER_MAP = new MapShape(StringShape.of(1, 50, null),
            new ListShape(StringShape.of(1, 512, null), 0, 50), 1, 200);
    static final StringShape MAX_CONCURRENCY = StringShape.of(1, 7, "^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$");
    static final StringShape MAX_ERRORS = StringShape.of(1, 7, "^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$");
    static final ListShape TARGETS = new ListShape(structure(Set.of(),
            "Key", StringShape.of(1, 163, "^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters"
                    + "|resource-groups:Name"),
            "Values", new ListShape(StringShape.of(null, null, null), 0, 50)), 0, 5);
    static final StructureShape ALARMS = structure(Set.of("Alarms"),
            "IgnorePollAlarmFailure", new BooleanShape(),
            "Alarms", new ListShape(structure(Set.of("Name"), "Name", StringShape.of(1, 255, "^(?!\\s*$).+")), 1, 1));

    /** {@code StartAutomationExecutionRequest}. */
    public static final StructureShape START = structure(Set.of("DocumentName"),
            "DocumentName", StringShape.of(null, null, "^[a-zA-Z0-9_\\-.:/]{3,128}$"),
            "DocumentVersion", StringShape.of(null, null, "([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)"),
            "Parameters", PARAMETER_MAP,
            "ClientToken", StringShape.of(36, 36,
                    "[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}"),
            "Mode", StringShape.oneOf("Auto", "Interactive"),
            "TargetParameterName", StringShape.of(1, 50, null),
            "Targets", TARGETS,
            "TargetMaps", new ListShape(new MapShape(StringShape.of(1, 50, null),
                    new ListShape(StringShape.of(1, 50, null), 0, 25), 1, 20), 0, 300),
            "MaxConcurrency", MAX_CONCURRENCY,
            "MaxErrors", MAX_ERRORS,
            "TargetLocations", new ListShape(targetLocation(), 1, 100),
            "Tags", new ListShape(structure(Set.of("Key", "Value"),
                    "Key", StringShape.of(1, 128, "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                    "Value", StringShape.of(0, 256, "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$")), null, 1000),
            "AlarmConfiguration", ALARMS,
            "TargetLocationsURL", StringShape.of(null, null,
                    "^https:\\/\\/[-a-zA-Z0-9@:%._\\+~#=]{1,253}\\.s3(\\.[a-z\\d-]{9,16})?\\.amazonaws\\.com\\/.{1,2000}"));

    /** {@code GetAutomationExecutionRequest}. */
    public static final StructureShape GET = structure(Set.of("AutomationExecutionId"),
            "AutomationExecutionId", EXECUTION_ID);

    /** {@code StopAutomationExecutionRequest}. */
    public static final StructureShape STOP = structure(Set.of("AutomationExecutionId"),
            "AutomationExecutionId", EXECUTION_ID,
            "Type", StringShape.oneOf("Complete", "Cancel"));

    /** {@code SendAutomationSignalRequest}. */
    public static final StructureShape SIGNAL = structure(Set.of("AutomationExecutionId", "SignalType"),
            "AutomationExecutionId", EXECUTION_ID,
            "SignalType", StringShape.oneOf("Approve", "Reject", "StartStep", "StopStep", "Resume", "Revoke"),
            "Payload", PARAMETER_MAP);

    /** {@code DescribeAutomationStepExecutionsRequest}. */
    public static final StructureShape DESCRIBE_STEPS = structure(Set.of("AutomationExecutionId"),
            "AutomationExecutionId", EXECUTION_ID,
            "Filters", filters(6, "StartTimeBefore", "StartTimeAfter", "StepExecutionStatus", "StepExecutionId",
                    "StepName", "Action", "ParentStepExecutionId", "ParentStepIteration", "ParentStepIteratorValue"),
            "NextToken", NEXT_TOKEN,
            "MaxResults", MAX_RESULTS,
            "ReverseOrder", new BooleanShape());

    /** {@code DescribeAutomationExecutionsRequest}. */
    public static final StructureShape DESCRIBE_EXECUTIONS = structure(Set.of(),
            "Filters", filters(10, "DocumentNamePrefix", "ExecutionStatus", "ExecutionId", "ParentExecutionId",
                    "CurrentAction", "StartTimeBefore", "StartTimeAfter", "AutomationType", "TagKey",
                    "TargetResourceGroup", "AutomationSubtype", "OpsItemId"),
            "MaxResults", MAX_RESULTS,
            "NextToken", NEXT_TOKEN);

    private AutomationShapes() {
    }

    /**
     * Returns the input shape of an operation.
     *
     * @return the operations by name
     */
    public static Map<String, StructureShape> inputs() {
        Map<String, StructureShape> inputs = new LinkedHashMap<>();
        inputs.put("StartAutomationExecution", START);
        inputs.put("GetAutomationExecution", GET);
        inputs.put("StopAutomationExecution", STOP);
        inputs.put("SendAutomationSignal", SIGNAL);
        inputs.put("DescribeAutomationStepExecutions", DESCRIBE_STEPS);
        inputs.put("DescribeAutomationExecutions", DESCRIBE_EXECUTIONS);
        return inputs;
    }

    private static ListShape filters(int maxFilters, String... keys) {
        return new ListShape(structure(Set.of("Key", "Values"),
                "Key", StringShape.oneOf(keys),
                "Values", new ListShape(StringShape.of(1, 150, null), 1, 10)), 1, maxFilters);
    }

    private static StructureShape targetLocation() {
        ListShape strings = new ListShape(StringShape.of(null, null, null), 1, 50);
        return structure(Set.of(),
                "Accounts", strings,
                "Regions", strings,
                "TargetLocationMaxConcurrency", MAX_CONCURRENCY,
                "TargetLocationMaxErrors", MAX_ERRORS,
                "ExecutionRoleName", StringShape.of(1, 64, "[\\w+=,.@/-]+"),
                "TargetLocationAlarmConfiguration", ALARMS,
                "IncludeChildOrganizationUnits", new BooleanShape(),
                "ExcludeAccounts", new ListShape(StringShape.of(6, 68,
                        "^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32})|(\\d{12})$"), 1, 5000),
                "Targets", TARGETS,
                "TargetsMaxConcurrency", MAX_CONCURRENCY,
                "TargetsMaxErrors", MAX_ERRORS);
    }

    private static StructureShape structure(Set<String> required, Object... namesAndShapes) {
        Map<String, Shape> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndShapes.length; i += 2) {
            members.put((String) namesAndShapes[i], (Shape) namesAndShapes[i + 1]);
        }
        return new StructureShape(members, required);
    }
}
