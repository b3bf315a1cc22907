"""Terminal progress for long runs: one rich bar per stage, with counts and rate.

Quiet when the output is not a terminal (CI logs, Prefect workers, pipes): then
every call is a no-op and nothing is printed.

    with StageProgress() as progress:
        progress.add_stage("parse", total=len(paths), unit="files")
        ...
        progress.advance("parse", len(batch))
"""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Items per second of a stage, e.g. '412 files/s'."""

    def render(self, task: Task) -> Text:
        unit = task.fields.get("unit", "items")
        speed = task.finished_speed or task.speed
        if speed is None and task.completed and task.elapsed:
            speed = task.completed / task.elapsed  # few updates yet: the average since the run began
        if speed is None:
            return Text(f"- {unit}/s", style="progress.data.speed")
        return Text(f"{speed:,.0f} {unit}/s", style="progress.data.speed")


class StageProgress:
    """One progress bar per pipeline stage. Disabled when `file` is not a TTY."""

    def __init__(self, enabled: bool | None = None, file: IO[str] | None = None):
        console = Console(file=file, stderr=file is None)
        self.enabled = console.is_terminal if enabled is None else enabled
        self._progress = Progress(
            TextColumn("[bold]{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=not self.enabled,
            transient=False,
        )
        self._stages: dict[str, TaskID] = {}

    def __enter__(self) -> "StageProgress":
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def add_stage(self, stage: str, total: int | None, unit: str = "files") -> None:
        """Add a bar for `stage` (idempotent; a second call updates the total)."""
        if stage in self._stages:
            self._progress.update(self._stages[stage], total=total)
            return
        self._stages[stage] = self._progress.add_task(stage, total=total, unit=unit)

    def advance(self, stage: str, count: int = 1) -> None:
        if stage not in self._stages:
            self.add_stage(stage, total=None)
        self._progress.advance(self._stages[stage], count)

    def completed(self, stage: str) -> float:
        """How many items `stage` has done (also counted when the bars are hidden)."""
        task_id = self._stages.get(stage)
        return next((t.completed for t in self._progress.tasks if t.id == task_id), 0)
