"""Create (or re-create) the newsfunnel dashboards in Superset's metadata database.

    dashboard/.venv/bin/python dashboard/build_dashboard.py /abs/path/news.read.duckdb

Run by dashboard/setup.sh after `superset db upgrade` and `superset init`. It
registers the read snapshot as a read-only DuckDB database, one dataset per BI
view, and one dashboard per page (volume, entities, co-occurrence, comments,
languages). Re-running it replaces the charts and dashboards it made before.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATABASE_NAME = "newsfunnel"


def metric(sql: str, label: str) -> dict:
    return {"expressionType": "SQL", "sqlExpression": sql, "label": label}


def where(sql: str) -> dict:
    return {"expressionType": "SQL", "sqlExpression": sql, "clause": "WHERE"}


def table(columns: list[str], *order_by: str, descending: bool = False, filters=(), limit=1000) -> dict:
    return {
        "viz_type": "table",
        "query_mode": "raw",
        "all_columns": columns,
        "order_by_cols": [json.dumps([column, not descending]) for column in order_by],
        "adhoc_filters": list(filters),
        "row_limit": limit,
        "include_search": True,
        "table_timestamp_format": "%Y-%m-%d",
    }


def bars(x: str, metrics: list[dict], groupby=(), filters=(), stack=True, limit=10000) -> dict:
    return {
        "viz_type": "echarts_timeseries_bar",
        "x_axis": x,
        "metrics": metrics,
        "groupby": list(groupby),
        "adhoc_filters": list(filters),
        "stack": "Stack" if stack else None,
        "show_legend": True,
        "rich_tooltip": True,
        "row_limit": limit,
        "time_range": "No filter",
        "truncate_metric": True,
    }


# page slug -> (title, [(chart name, view, params)])
PAGES = {
    "newsfunnel-volume": ("Volume over time", [
        ("Articles per day by publisher", "v_daily_volume",
         {**bars("volume_date", [metric("SUM(articles)", "articles")], groupby=["publisher"]),
          "time_grain_sqla": "P1D"}),
        ("Daily volume", "v_daily_volume",
         table(["volume_date", "publisher", "date_basis", "articles", "words", "comments"],
               "volume_date", "publisher")),
    ]),
    "newsfunnel-entities": ("Top entities", [
        ("Top entities by publisher", "v_top_entities_by_publisher",
         table(["publisher", "entity_rank", "entity_name", "entity_label", "articles", "mentions"],
               "publisher", "entity_rank", filters=[where("entity_rank <= 10")])),
        ("Top entities by collection", "v_top_entities_by_collection",
         table(["collection", "entity_rank", "entity_name", "entity_label", "articles", "mentions"],
               "collection", "entity_rank", filters=[where("entity_rank <= 10")])),
    ]),
    "newsfunnel-cooccurrence": ("Entity co-occurrence", [
        ("Entity pairs named in the same article", "v_entity_cooccurrence",
         table(["entity_a_name", "entity_b_name", "articles", "entity_a_label", "entity_b_label"],
               "articles", descending=True, limit=200)),
        ("Co-occurrence heatmap (pairs in 2+ articles)", "v_entity_cooccurrence", {
            "viz_type": "heatmap_v2",
            "x_axis": "entity_a_name",
            "groupby": "entity_b_name",
            "metric": metric("SUM(articles)", "articles"),
            "adhoc_filters": [where("articles >= 2")],
            "row_limit": 2500,
            "sort_x_axis": "alpha_asc",
            "sort_y_axis": "alpha_asc",
            "linear_color_scheme": "schemeBlues",
            "show_values": True,
            "show_legend": True,
            "time_range": "No filter",
        }),
    ]),
    "newsfunnel-comments": ("Comment activity", [
        ("Comments parsed vs declared per article", "v_comment_activity",
         bars("title", [metric("SUM(parsed_comment_count)", "parsed"),
                        metric("SUM(declared_comment_count)", "declared")], stack=False)),
        ("Comment activity per article", "v_comment_activity",
         table(["title", "publisher", "declared_comment_count", "parsed_comment_count",
                "parsed_minus_declared", "distinct_authors", "replies", "reply_share", "max_reply_depth"],
               "parsed_comment_count", descending=True)),
    ]),
    "newsfunnel-languages": ("Language mix", [
        ("Articles by language", "v_language_mix", {
            "viz_type": "pie", "groupby": ["language"], "metric": metric("SUM(articles)", "articles"),
            "adhoc_filters": [], "row_limit": 100, "show_legend": True, "show_labels": True,
            "label_type": "key_percent",
        }),
        ("Comments by language", "v_language_mix", {
            "viz_type": "pie", "groupby": ["language"], "metric": metric("SUM(comments)", "comments"),
            "adhoc_filters": [], "row_limit": 100, "show_legend": True, "show_labels": True,
            "label_type": "key_percent",
        }),
        ("Language mix", "v_language_mix",
         table(["language", "articles", "comments", "article_share", "comment_share"],
               "articles", descending=True)),
    ]),
}


# the BI views the pages chart, each registered as a Superset dataset
VIEWS = sorted({view for _, specs in PAGES.values() for _, view, _ in specs})


def layout(title: str, charts: list) -> dict:
    """Superset's position JSON: one chart per row, full width."""
    pos = {
        "DASHBOARD_VERSION_KEY": "v2",
        "ROOT_ID": {"type": "ROOT", "id": "ROOT_ID", "children": ["GRID_ID"]},
        "GRID_ID": {"type": "GRID", "id": "GRID_ID", "children": [], "parents": ["ROOT_ID"]},
        "HEADER_ID": {"type": "HEADER", "id": "HEADER_ID", "meta": {"text": title}},
    }
    for n, chart in enumerate(charts, start=1):
        row, cell = f"ROW-{n}", f"CHART-{n}"
        pos["GRID_ID"]["children"].append(row)
        pos[row] = {"type": "ROW", "id": row, "children": [cell], "parents": ["ROOT_ID", "GRID_ID"],
                    "meta": {"background": "BACKGROUND_TRANSPARENT"}}
        pos[cell] = {"type": "CHART", "id": cell, "children": [], "parents": ["ROOT_ID", "GRID_ID", row],
                     "meta": {"chartId": chart.id, "sliceName": chart.slice_name, "uuid": str(chart.uuid),
                              "width": 12, "height": 60}}
    return pos


def build(snapshot: Path) -> None:
    from superset.app import create_app

    app = create_app()
    with app.app_context():
        from superset import db, security_manager
        from superset.connectors.sqla.models import SqlaTable
        from superset.models.core import Database
        from superset.models.dashboard import Dashboard
        from superset.models.slice import Slice

        uri = f"duckdb:///{snapshot}?access_mode=read_only"
        database = db.session.query(Database).filter_by(database_name=DATABASE_NAME).one_or_none()
        if database is None:
            database = Database(database_name=DATABASE_NAME, sqlalchemy_uri=uri, expose_in_sqllab=True)
            db.session.add(database)
        database.set_sqlalchemy_uri(uri)
        db.session.flush()

        datasets = {}
        for view in VIEWS:
            dataset = db.session.query(SqlaTable).filter_by(database_id=database.id, table_name=view).one_or_none()
            if dataset is None:
                dataset = SqlaTable(table_name=view, schema="main", database=database)
                db.session.add(dataset)
            dataset.fetch_metadata()
            datasets[view] = dataset
        db.session.flush()

        for slug in PAGES:  # replace what an earlier build made
            for old in db.session.query(Dashboard).filter_by(slug=slug).all():
                for chart in list(old.slices):
                    db.session.delete(chart)
                db.session.delete(old)
        db.session.flush()

        for slug, (title, specs) in PAGES.items():
            charts = []
            for name, view, params in specs:
                dataset = datasets[view]
                params = {**params, "datasource": f"{dataset.id}__table"}
                chart = Slice(slice_name=name, viz_type=params["viz_type"], datasource_type="table",
                              datasource_id=dataset.id, params=json.dumps(params))
                db.session.add(chart)
                charts.append(chart)
            db.session.flush()
            dashboard = Dashboard(dashboard_title=title, slug=slug, published=True, slices=charts,
                                  json_metadata=json.dumps({"refresh_frequency": 0}))
            dashboard.position_json = json.dumps(layout(title, charts))
            db.session.add(dashboard)

        # Viewers need no login: the Public role (Gamma-like) may read every dataset.
        public = security_manager.find_role("Public")
        for perm in ("all_datasource_access", "all_database_access"):
            security_manager.add_permission_role(
                public, security_manager.find_permission_view_menu(perm, perm)
            )
        db.session.commit()
        print(f"built {len(PAGES)} dashboards on {uri}: " + ", ".join(f"/superset/dashboard/{s}/" for s in PAGES))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build_dashboard.py /abs/path/news.read.duckdb")
    build(Path(sys.argv[1]).resolve())
