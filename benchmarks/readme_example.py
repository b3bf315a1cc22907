"""Regenerate the README's worked example: run the flow on the seeds, print the summary and the
example queries with their output as markdown. tests/test_readme.py checks the README against
a fresh run of the same queries, so the README cannot drift from what the pipeline does.

    .venv/bin/python benchmarks/readme_example.py ../shared/seeds
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

EXAMPLE_QUERIES = [
    (
        "Every article with its metadata, language and comment counts:",
        "select title, publisher, author, published_date, language, word_count, declared_comment_count, "
        "comment_count\nfrom articles\norder by title",
    ),
    (
        "The reader comments of seed 004, in page order, split from the article:",
        "select position, author, parent_position, language, left(body, 48) as body_start\nfrom comments\n"
        "order by article_id, position\nlimit 6",
    ),
    (
        "The ten most mentioned entities across bodies and comments, one row per real-world entity:",
        "select e.name, e.label, sum(m.mention_count) as mentions, count(distinct m.article_id) as articles\n"
        "from entity_mentions m join entities e using (entity_id)\ngroup by all\n"
        "order by mentions desc, e.name\nlimit 10",
    ),
]


def markdown_table(columns: list[str], rows: list[tuple]) -> str:
    def cell(value) -> str:
        text = "NULL" if value is None else str(value)
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def run_query(con, sql: str) -> str:
    result = con.execute(sql)
    columns = [d[0] for d in result.description]
    return markdown_table(columns, result.fetchall())


def readme_blocks(readme: str) -> list[tuple[str, str]]:
    """(sql, table) pairs of the README's worked example, as written."""
    section = readme.split("## Worked example", 1)[1].split("\n## ", 1)[0]
    pairs = re.findall(r"```sql\n(.*?)\n```\n\n((?:\|[^\n]*\|\n?)+)", section, flags=re.S)
    return [(sql.strip().rstrip(";"), table.strip()) for sql, table in pairs]


def main(seeds: str) -> None:
    import duckdb

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    from flows.cli import main as cli_main

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "news.duckdb"
        cli_main(["run", seeds, "--db", str(db)])
        with duckdb.connect(str(db), read_only=True) as con:
            for intro, sql in EXAMPLE_QUERIES:
                print(f"\n{intro}\n\n```sql\n{sql};\n```\n\n{run_query(con, sql)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds")
