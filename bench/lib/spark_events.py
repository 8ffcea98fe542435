#!/usr/bin/env python3
"""Summarises a Spark event log (spark.eventLog.enabled=true): how many jobs, stages and tasks a run took.

  spark_events.py EVENT_LOG [--jobs]

EVENT_LOG is a log file or a folder (spark.eventLog.dir): Spark 4 writes rolling logs by default,
eventlog_v2_<app>/events_<n>_<app>, read in order of n.

Prints one line: actions (SQL executions), jobs, stages run, stages skipped (their shuffle output was reused), tasks, and the
wall time from the first job start to the last job end. With --jobs, one line per action: its call
site (e.g. "localCheckpoint at DedupStage.java:412"), the jobs it ran (adaptive execution runs every
shuffle map stage as a job of its own), stages run/skipped, tasks, milliseconds from its first job start
to its last job end. Reads an uncompressed log (spark.eventLog.compress=false).
"""
import json
import os
import re
import sys


def files(path):
    if os.path.isfile(path):
        return [path]
    found = []
    for folder, _, names in os.walk(path):
        for name in names:
            if not name.startswith("appstatus") and not name.startswith("."):
                found.append(os.path.join(folder, name))
    def index(p):
        m = re.match(r"events_(\d+)_", os.path.basename(p))
        return (int(m.group(1)) if m else 0, p)
    return sorted(found, key=index)


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    jobs = {}
    executions = {}
    submitted = set()
    tasks_by_stage = {}
    for line in (line for path in files(argv[1]) for line in open(path, encoding="utf-8")):
        if True:
            event = json.loads(line)
            kind = event.get("Event")
            if kind == "org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart":
                executions[event["executionId"]] = {"site": event.get("description", "?"),
                                                    "start": event.get("time", 0), "end": None}
            elif kind == "org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionEnd":
                if event["executionId"] in executions:
                    executions[event["executionId"]]["end"] = event.get("time")
            elif kind == "SparkListenerJobStart":
                props = event.get("Properties") or {}
                root = props.get("spark.sql.execution.root.id") or props.get("spark.sql.execution.id")
                infos = event.get("Stage Infos", [])
                jobs[event["Job ID"]] = {
                    "execution": int(root) if root is not None else None,
                    "site": infos[-1]["Stage Name"] if infos else "?",
                    "stages": [s["Stage ID"] for s in event.get("Stage Infos", [])],
                    "start": event.get("Submission Time", 0),
                    "end": None,
                }
            elif kind == "SparkListenerJobEnd":
                if event["Job ID"] in jobs:
                    jobs[event["Job ID"]]["end"] = event.get("Completion Time")
            elif kind == "SparkListenerStageSubmitted":
                submitted.add(event["Stage Info"]["Stage ID"])
            elif kind == "SparkListenerTaskEnd":
                stage = event["Stage ID"]
                tasks_by_stage[stage] = tasks_by_stage.get(stage, 0) + 1
    if not jobs:
        raise SystemExit(f"no SparkListenerJobStart in {argv[1]}")
    run = sum(1 for j in jobs.values() for s in j["stages"] if s in submitted)
    skipped = sum(1 for j in jobs.values() for s in j["stages"] if s not in submitted)
    tasks = sum(tasks_by_stage.values())
    start = min(j["start"] for j in jobs.values())
    end = max(j["end"] or j["start"] for j in jobs.values())
    print(f"actions (SQL executions) {len(executions)}, jobs {len(jobs)}, stages run {run}, "
          f"stages skipped {skipped}, tasks {tasks}, first job start to last job end {(end - start) / 1000:.1f} s")
    if "--jobs" in argv:
        # one line per action: its call site, the jobs it ran (AQE runs each shuffle map stage as a job)
        groups = {}
        for job_id in sorted(jobs):
            j = jobs[job_id]
            key = j["execution"] if j["execution"] in executions else ("job", job_id)
            groups.setdefault(key, []).append(j)
        for key, group in groups.items():
            site = executions[key]["site"] if key in executions else group[0]["site"]
            stages = [s for j in group for s in j["stages"]]
            r = sum(1 for s in stages if s in submitted)
            t = sum(tasks_by_stage.get(s, 0) for s in stages if s in submitted)
            first = min(j["start"] for j in group)
            last = max(j["end"] or j["start"] for j in group)
            print(f"  {site[:56]:<56s} jobs {len(group):3d}, stages {r:3d} run / {len(stages) - r:3d} skipped, "
                  f"tasks {t:4d}, {last - first:7d} ms")


if __name__ == "__main__":
    main(sys.argv)
