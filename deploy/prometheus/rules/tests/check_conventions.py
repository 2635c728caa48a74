#!/usr/bin/env python3
"""Checks the conventions promtool cannot: every alert in ../alerts-*.yml carries the labels and
annotations the console relies on, and has both a firing and a quiet case in *.test.yml.

Prints one line per problem and exits 1 if there is any. Needs python3-yaml (Debian)."""
import glob
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.dirname(HERE)
RUNBOOK_BASE = "https://runbooks.example.internal/opsconsole/"
SEVERITIES = {"critical", "warning", "info"}
BOARDS = {"robot-health", "flink", "kafka", "webhook", "redis", "overview", "business"}

problems = []
alerts = {}  # alertname -> file
for path in sorted(glob.glob(os.path.join(RULES, "alerts-*.yml"))):
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    for group in doc.get("groups", []):
        for rule in group.get("rules", []):
            alert = rule.get("alert")
            if not alert:
                problems.append(f"{name}: group {group['name']} holds a recording rule; those belong in recording.yml")
                continue
            where = f"{name}: {alert}"
            if alert in alerts:
                problems.append(f"{where}: alert name also defined in {alerts[alert]}")
            alerts[alert] = name
            labels = rule.get("labels") or {}
            notes = rule.get("annotations") or {}
            if labels.get("severity") not in SEVERITIES:
                problems.append(f"{where}: severity must be one of {sorted(SEVERITIES)}, is {labels.get('severity')!r}")
            # service comes from a static label, from a `by (service, ...)` clause, or (TargetDown)
            # from the target's own label.
            if "service" not in labels and not re.search(r"by \((?:[a-z_]+, )*service\b", rule["expr"]) \
                    and "service!=" not in rule["expr"]:
                problems.append(f"{where}: neither a service label nor a by (service ...) clause")
            if "for" not in rule:
                problems.append(f"{where}: no `for:` (make-fast.sh and the demo expect one)")
            for key in ("summary", "description", "runbook_url"):
                if not notes.get(key):
                    problems.append(f"{where}: annotation {key} missing")
            if notes.get("runbook_url") and notes["runbook_url"] != RUNBOOK_BASE + alert:
                problems.append(f"{where}: runbook_url should be {RUNBOOK_BASE + alert}")
            board = notes.get("dashboard")
            if board is not None and not (board.startswith("/boards/") and board[len("/boards/"):] in BOARDS):
                problems.append(f"{where}: dashboard {board!r} is not /boards/<one of {sorted(BOARDS)}>")
            for key in ("summary", "description"):
                if not re.search(r"[\u4e00-\u9fff]", notes.get(key, "")):
                    problems.append(f"{where}: {key} should be written in Chinese first")

firing, quiet = set(), set()
for path in sorted(glob.glob(os.path.join(HERE, "*.test.yml"))):
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    for test in doc.get("tests", []):
        for case in test.get("alert_rule_test", []) or []:
            alert = case["alertname"]
            expected = case.get("exp_alerts") or []
            if not expected:
                quiet.add(alert)
                continue
            firing.add(alert)
            for exp in expected:
                labels = exp.get("exp_labels") or {}
                notes = exp.get("exp_annotations") or {}
                for key in ("severity", "service"):
                    if key not in labels:
                        problems.append(f"{name}: {test['name']}: exp_labels lack {key}")
                for key in ("summary", "description", "runbook_url"):
                    if key not in notes:
                        problems.append(f"{name}: {test['name']}: exp_annotations lack {key}")

for alert, name in sorted(alerts.items()):
    if alert not in firing:
        problems.append(f"{name}: {alert}: no test case where it fires")
    if alert not in quiet:
        problems.append(f"{name}: {alert}: no test case where it stays quiet")
for alert in sorted((firing | quiet) - alerts.keys()):
    problems.append(f"tests: {alert} is tested but defined in no alerts-*.yml")

for problem in problems:
    print(problem)
print(f"{len(alerts)} alerts checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
