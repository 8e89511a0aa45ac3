"""A kernel that never starts is the machine's fault: the trainee is graded once more, and only then."""

from __future__ import annotations

from academy_trainer.grading import autograde_with_retry


class FakeApi:
    """Stands in for NbGraderAPI.autograde: hands out the given outcomes in turn."""

    def __init__(self, *outcomes):
        self.outcomes, self.calls = list(outcomes), 0

    def autograde(self, chapter, student, force, create):
        self.calls += 1
        return self.outcomes.pop(0)


NO_KERNEL = {"success": False, "error": "RuntimeError: Kernel didn't respond in 60 seconds", "log": ""}
GRADED = {"success": True, "error": "", "log": ""}


def test_a_kernel_that_did_not_start_is_tried_once_more():
    api = FakeApi(NO_KERNEL, GRADED)
    assert autograde_with_retry(api, "06-linda", "anna") == (GRADED, True)
    assert api.calls == 2


def test_twice_no_kernel_is_reported_not_retried_forever():
    api = FakeApi(NO_KERNEL, NO_KERNEL, GRADED)
    outcome, retried = autograde_with_retry(api, "06-linda", "anna")
    assert retried and not outcome["success"] and api.calls == 2


def test_a_trainees_own_failure_is_not_graded_twice():
    broken = {"success": False, "error": "NotJSONError: Notebook does not appear to be JSON", "log": ""}
    for outcome in (GRADED, broken):
        api = FakeApi(outcome, GRADED)
        assert autograde_with_retry(api, "06-linda", "anna") == (outcome, False)
        assert api.calls == 1
