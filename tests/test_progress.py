import io

from flows.progress import StageProgress


def test_bars_show_stage_counts_and_rate_when_enabled():
    out = io.StringIO()
    with StageProgress(enabled=True, file=out) as progress:
        progress.add_stage("parse", total=4, unit="files")
        progress.advance("parse", 3)
    text = out.getvalue()
    assert "parse" in text and "3/4" in text and "files/s" in text


def test_quiet_when_not_a_terminal():
    out = io.StringIO()  # not a TTY
    with StageProgress(file=out) as progress:
        progress.add_stage("load", total=2)
        progress.advance("load", 2)
    assert progress.enabled is False
    assert out.getvalue() == ""
    assert progress.completed("load") == 2  # still counted
