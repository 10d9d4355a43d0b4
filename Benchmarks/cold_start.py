#!/usr/bin/env python3
"""Cold start of keapnrf: fresh processes of `--version` and of one report's `annotate`, with and without the
knowledgebase and rules snapshot, run in turn (round-robin, so that the machine's load falls on all alike).

Prints, per command, the median wall-clock and CPU (user + system, from wait4) over the runs and both as ratios to
`--version`'s medians; CPU is the steadier figure on a shared machine.

Usage: cold_start.py KEAPNRF REPORT WORKDIR [RUNS=60]
"""
import os
import shutil
import statistics
import subprocess
import sys
import time


def run(argv, env):
    """Wall-clock and CPU seconds of one fresh process; its output is discarded, a failure stops the benchmark."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({process.returncode}): {process.stderr.read().decode(errors='replace')}")
    process.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def main():
    keapnrf, report, work = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 60
    cache = os.path.join(work, "snapshots")
    base = dict(os.environ)
    base.pop("KEAPNRF_SNAPSHOT", None)
    with_snapshot = dict(base, KEAPNRF_CACHE_DIR=cache)
    without = dict(base, KEAPNRF_SNAPSHOT="off")
    annotate = [keapnrf, "annotate", report, "--out", os.path.join(work, "cold-start.json")]

    def fresh_cache():
        shutil.rmtree(cache, ignore_errors=True)

    # name, argv, environment, prepare (run before each timed run, not timed)
    commands = [
        ("--version", [keapnrf, "--version"], base, None),
        ("annotate, no snapshot (KEAPNRF_SNAPSHOT=off)", annotate, without, None),
        ("annotate, snapshot written (empty cache)", annotate, with_snapshot, fresh_cache),
        ("annotate, snapshot read", annotate, with_snapshot, None),
    ]
    for _, argv, env, _ in commands:  # warm-up: file cache, and the snapshot for the last command
        run(argv, env)
    samples = {name: [] for name, *_ in commands}
    for _ in range(runs):
        for name, argv, env, prepare in commands:
            if prepare:
                prepare()
            samples[name].append(run(argv, env))
    version_wall = statistics.median(w for w, _ in samples["--version"])
    version_cpu = statistics.median(c for _, c in samples["--version"])
    print(f"{runs} runs each, round-robin; load average before/after: {LOAD_BEFORE} / {load()}")
    print(f"{'command':48} {'wall ms':>8} {'CPU ms':>8} {'wall ×':>7} {'CPU ×':>7}")
    for name, *_ in commands:
        wall = statistics.median(w for w, _ in samples[name])
        cpu = statistics.median(c for _, c in samples[name])
        print(f"{name:48} {wall * 1e3:8.1f} {cpu * 1e3:8.1f} {wall / version_wall:7.2f} {cpu / version_cpu:7.2f}")


def load():
    with open("/proc/loadavg") as handle:
        return " ".join(handle.read().split()[:3])


LOAD_BEFORE = load()
if __name__ == "__main__":
    main()
