"""The machine a benchmark ran on, for the result files (shared by the benchmark scripts)."""
from __future__ import annotations

from pathlib import Path


def cpu_name() -> str | None:
    """The processor's model name from /proc/cpuinfo, or None where there is none."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None
