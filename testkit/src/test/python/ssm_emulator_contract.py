"""Contract of the awskit SSM Automation emulator, driven with boto3 as any Python client would.

Usage: EMULATOR_ENDPOINT=http://127.0.0.1:PORT [MOTO_ENDPOINT=http://127.0.0.1:PORT] python3 ssm_emulator_contract.py

Each test checks one behaviour; the expected errors are botocore's exception classes, built from the SSM
service model (client.exceptions.<ErrorCode>). Parameter validation on the client is switched off where
botocore would refuse the request itself, so the emulator's own validation is what is checked.
"""
import json
import os
import time
import unittest
import urllib.request
import uuid

import boto3
from botocore.config import Config

ENDPOINT = os.environ["EMULATOR_ENDPOINT"]
MOTO = os.environ.get("MOTO_ENDPOINT")
CREDENTIALS = dict(region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")

RUNBOOKS = [
    {"name": "Deploy", "versions": 2, "requiredParameters": ["InstanceId"],
     "steps": [{"name": "build", "duration": "PT0.2S"}, {"name": "ship", "action": "aws:sleep",
                                                         "duration": "PT0.2S"}]},
    {"name": "Long", "cancellingFor": "PT0.1S", "steps": [{"name": "work", "duration": "PT1H"}]},
    {"name": "Gate", "steps": [{"name": "approve", "waitsForApproval": True}]},
    {"name": "Steps", "steps": [{"name": "one", "duration": "PT0.1S"}, {"name": "two", "duration": "PT0.1S"}]},
]


def control(path, body=b""):
    request = urllib.request.Request(ENDPOINT + "/emulator-api/" + path, data=body, method="POST")
    with urllib.request.urlopen(request) as answer:
        return json.loads(answer.read() or b"{}")


class EmulatorContract(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ssm = boto3.client("ssm", endpoint_url=ENDPOINT, **CREDENTIALS)
        cls.raw = boto3.client("ssm", endpoint_url=ENDPOINT, config=Config(parameter_validation=False),
                               **CREDENTIALS)
        control("runbooks", json.dumps(RUNBOOKS).encode())

    def setUp(self):
        control("reset")

    def start(self, document="Deploy", **kwargs):
        if document == "Deploy":
            kwargs.setdefault("Parameters", {"InstanceId": ["i-1"]})
        return self.ssm.start_automation_execution(DocumentName=document, **kwargs)["AutomationExecutionId"]

    def describe_until_ended(self, execution_id, timeout=30):
        """Polls only DescribeAutomationExecutions, as the users of the issue did."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            rows = self.ssm.describe_automation_executions(
                Filters=[{"Key": "ExecutionId", "Values": [execution_id]}])["AutomationExecutionMetadataList"]
            if rows and "ExecutionEndTime" in rows[0]:
                return rows[0]
            time.sleep(0.02)
        self.fail("execution %s did not end within %s s" % (execution_id, timeout))

    def test_execution_ends_for_a_client_polling_only_describe(self):
        execution_id = self.start()
        row = self.describe_until_ended(execution_id)
        self.assertEqual("Success", row["AutomationExecutionStatus"])
        self.assertNotIn("GetAutomationExecution", json.loads(urllib.request.urlopen(
            ENDPOINT + "/emulator-api/calls").read()))

    def test_get_unknown_execution_is_not_found(self):
        with self.assertRaises(self.ssm.exceptions.AutomationExecutionNotFoundException):
            self.ssm.get_automation_execution(AutomationExecutionId=str(uuid.uuid4()))

    def test_start_unknown_document_is_not_found(self):
        with self.assertRaises(self.ssm.exceptions.AutomationDefinitionNotFoundException):
            self.start("Missing")

    def test_start_unknown_version_is_version_not_found(self):
        with self.assertRaises(self.ssm.exceptions.AutomationDefinitionVersionNotFoundException):
            self.start(DocumentVersion="999")

    def test_start_undeclared_parameter_is_invalid(self):
        with self.assertRaises(self.ssm.exceptions.InvalidAutomationExecutionParametersException):
            self.start(Parameters={"InstanceId": ["i-1"], "Colour": ["blue"]})

    def test_client_token_same_request_returns_the_first_execution(self):
        token = str(uuid.uuid4())
        self.assertEqual(self.start(ClientToken=token), self.start(ClientToken=token))

    def test_client_token_other_parameters_is_a_mismatch(self):
        token = str(uuid.uuid4())
        self.start(ClientToken=token)
        with self.assertRaises(self.ssm.exceptions.IdempotentParameterMismatch):
            self.start(ClientToken=token, Parameters={"InstanceId": ["i-2"]})

    def test_client_token_is_case_insensitive(self):
        token = str(uuid.uuid4())
        self.assertEqual(self.start(ClientToken=token), self.start(ClientToken=token.upper()))

    def test_client_token_not_a_uuid_is_a_validation_error(self):
        with self.assertRaises(self.raw.exceptions.ValidationException):
            self.raw.start_automation_execution(DocumentName="Deploy", ClientToken="not-a-uuid",
                                                Parameters={"InstanceId": ["i-1"]})

    def test_next_token_minus_one_is_invalid(self):
        with self.assertRaises(self.ssm.exceptions.InvalidNextToken):
            self.ssm.describe_automation_executions(NextToken="-1")

    def test_max_results_51_is_a_validation_error(self):
        with self.assertRaises(self.raw.exceptions.ValidationException):
            self.raw.describe_automation_executions(MaxResults=51)

    def test_every_execution_filter_key_is_accepted(self):
        self.start()
        values = {"DocumentNamePrefix": "Dep", "ExecutionStatus": "InProgress", "ExecutionId": str(uuid.uuid4()),
                  "ParentExecutionId": str(uuid.uuid4()), "CurrentAction": "aws:sleep",
                  "StartTimeBefore": "2100-01-01T00:00:00Z", "StartTimeAfter": "2000-01-01T00:00:00Z",
                  "AutomationType": "Local", "TagKey": "team", "TargetResourceGroup": "web",
                  "AutomationSubtype": "ChangeRequest", "OpsItemId": "oi-1"}
        for key, value in values.items():
            with self.subTest(key=key):
                self.ssm.describe_automation_executions(Filters=[{"Key": key, "Values": [value]}])
        rows = self.ssm.describe_automation_executions(Filters=[
            {"Key": "StartTimeAfter", "Values": ["2000-01-01T00:00:00Z"]}])["AutomationExecutionMetadataList"]
        self.assertEqual(1, len(rows))

    def test_step_filters_and_reverse_order(self):
        execution_id = self.start()
        self.describe_until_ended(execution_id)
        steps = self.ssm.describe_automation_step_executions(AutomationExecutionId=execution_id,
                                                             ReverseOrder=True)["StepExecutions"]
        self.assertEqual(["ship", "build"], [s["StepName"] for s in steps])
        steps = self.ssm.describe_automation_step_executions(
            AutomationExecutionId=execution_id, Filters=[{"Key": "Action", "Values": ["aws:sleep"]}])["StepExecutions"]
        self.assertEqual(["ship"], [s["StepName"] for s in steps])

    def test_revoke_is_a_known_signal(self):
        execution_id = self.start("Gate")
        with self.assertRaises(self.ssm.exceptions.InvalidAutomationSignalException):
            self.ssm.send_automation_signal(AutomationExecutionId=execution_id, SignalType="Revoke")

    def test_start_step_on_a_finished_run_is_an_invalid_signal(self):
        execution_id = self.start()
        self.describe_until_ended(execution_id)
        with self.assertRaises(self.ssm.exceptions.InvalidAutomationSignalException):
            self.ssm.send_automation_signal(AutomationExecutionId=execution_id, SignalType="StartStep",
                                            Payload={"StepName": ["build"]})

    def test_interactive_mode_waits_for_start_step(self):
        execution_id = self.start("Steps", Mode="Interactive")
        time.sleep(0.3)
        execution = self.ssm.get_automation_execution(AutomationExecutionId=execution_id)["AutomationExecution"]
        self.assertEqual("Waiting", execution["AutomationExecutionStatus"])
        for step in ("one", "two"):
            self.ssm.send_automation_signal(AutomationExecutionId=execution_id, SignalType="StartStep",
                                            Payload={"StepName": [step]})
            while self.ssm.get_automation_execution(AutomationExecutionId=execution_id)[
                    "AutomationExecution"]["AutomationExecutionStatus"] == "InProgress":
                time.sleep(0.02)
        self.assertEqual("Success", self.describe_until_ended(execution_id)["AutomationExecutionStatus"])

    def test_stop_cancel_ends_cancelled_with_an_end_time(self):
        execution_id = self.start("Long")
        self.ssm.stop_automation_execution(AutomationExecutionId=execution_id, Type="Cancel")
        row = self.describe_until_ended(execution_id)
        self.assertEqual("Cancelled", row["AutomationExecutionStatus"])

    def test_stop_complete_is_honoured(self):
        execution_id = self.start("Gate")
        self.ssm.stop_automation_execution(AutomationExecutionId=execution_id, Type="Complete")
        self.assertEqual("CompletedWithSuccess", self.describe_until_ended(execution_id)["AutomationExecutionStatus"])

    @unittest.skipUnless(MOTO, "needs MOTO_ENDPOINT")
    def test_ec2_runbook_starts_the_instance_for_a_client_polling_only_describe(self):
        ec2 = boto3.client("ec2", endpoint_url=MOTO, **CREDENTIALS)
        image = ec2.describe_images()["Images"][0]["ImageId"]
        instance = ec2.run_instances(ImageId=image, MinCount=1, MaxCount=1)["Instances"][0]["InstanceId"]
        ec2.stop_instances(InstanceIds=[instance])
        execution_id = self.ssm.start_automation_execution(
            DocumentName="AWS-StartEC2Instance", Parameters={"InstanceId": [instance]})["AutomationExecutionId"]
        self.assertEqual("Success", self.describe_until_ended(execution_id)["AutomationExecutionStatus"])
        state = ec2.describe_instances(InstanceIds=[instance])["Reservations"][0]["Instances"][0]["State"]["Name"]
        self.assertEqual("running", state)

    @unittest.skipUnless(MOTO, "needs MOTO_ENDPOINT")
    def test_other_operations_are_forwarded(self):
        self.ssm.put_parameter(Name="/contract/colour", Value="blue", Type="String", Overwrite=True)
        self.assertEqual("blue", self.ssm.get_parameter(Name="/contract/colour")["Parameter"]["Value"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
