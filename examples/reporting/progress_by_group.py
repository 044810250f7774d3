#!/usr/bin/env python3
"""Reporting example: progress of the action plans per working group, with a READ token.

Default: one row per working group with the number of steps in each status (from
`report { stepsByStatus(groupBy: WORKING_GROUP) }`: steps of IMPLEMENTING and COMPLETED
plans, a step never reported on being NOT_STARTED), the total and the share done (DONE steps
as a percentage of all steps), then a totals row.

--csv: downloads `GET /api/reports/steps.csv` (one row per step the token may read) and
prints, per organisation, its steps and how many of them are late (days_late > 0) and by
how much at most, then a totals row.

    MEGA_URL=https://mega.example.org MEGA_TOKEN=mega_pat_... python3 progress_by_group.py [--csv]

Python 3.7+ standard library only. Exit status: 0 on success, 1 on a GraphQL or HTTP error
(the message shows each error's `extensions.code`), 2 on bad usage.
"""

import argparse
import csv
import io
import json
import os
import sys
import urllib.error
import urllib.request

STATUSES = ["NOT_STARTED", "ON_TRACK", "DELAYED", "DONE", "CANCELLED"]

COUNTS_QUERY = """
query StepsByStatus {
  report {
    stepsByStatus(groupBy: WORKING_GROUP) {
      workingGroup { id title thematicArea { number } }
      status
      count
    }
  }
}
"""

GROUPS_QUERY = """
query WorkingGroups($after: String) {
  workingGroups(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id title thematicArea { number } }
  }
}
"""

# The columns of the steps CSV this script needs (the export has more).
CSV_COLUMNS = ["organisation", "step_id", "days_late"]


class ApiError(Exception):
    """A request failed; `str()` is the message for the user."""


class Client:
    """A minimal client for the GraphQL endpoint and the CSV exports of one server."""

    def __init__(self, url, token, timeout=30.0):
        url = url.rstrip("/")
        if url.endswith("/graphql"):
            url = url[: -len("/graphql")]
        self.base = url
        self.token = token
        self.timeout = timeout

    def _request(self, path, body=None, accept="application/json"):
        headers = {
            "Accept": accept,
            "Authorization": "Bearer " + self.token,
            "User-Agent": "mega-reporting-example/1",
        }
        if body is not None:
            headers["Content-Type"] = "application/json"
        url = self.base + path
        request = urllib.request.Request(
            url, data=body, method="POST" if body is not None else "GET", headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as err:
            # 4xx/5xx: the body is usually JSON with `errors`, on /graphql and the exports alike.
            codes = _describe_errors(_parse_json(err.read()))
            retry = err.headers.get("Retry-After") if err.headers else None
            raise ApiError(
                f"HTTP {err.code} {err.reason} from {url}"
                + (f": {codes}" if codes else "")
                + (f"; retry after {retry} s" if retry else "")
                + _request_id(err.headers)
            ) from None
        except urllib.error.URLError as err:
            raise ApiError(f"cannot reach {url}: {err.reason}") from None
        except TimeoutError:
            raise ApiError(f"no answer from {url} within {self.timeout:.0f} s") from None

    def execute(self, query, variables=None):
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        status, raw = self._request("/graphql", body)
        payload = _parse_json(raw)
        if not isinstance(payload, dict):
            raise ApiError(f"HTTP {status} from {self.base}/graphql: the answer is not JSON")
        if payload.get("errors"):
            # GraphQL errors come with HTTP 200; never trust partial data.
            raise ApiError("GraphQL error: " + _describe_errors(payload))
        return payload["data"]

    def get_text(self, path):
        _, raw = self._request(path, accept="text/csv")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError(f"{self.base}{path}: the answer is not UTF-8 text") from None


def _parse_json(raw):
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _describe_errors(payload):
    if not isinstance(payload, dict) or not payload.get("errors"):
        return ""
    parts = []
    for error in payload["errors"]:
        code = (error.get("extensions") or {}).get("code", "no code")
        path = ".".join(str(p) for p in error.get("path") or [])
        parts.append(f"[{code}] {error.get('message', '')}" + (f" (at {path})" if path else ""))
    return "; ".join(parts)


def _request_id(headers):
    rid = headers.get("x-request-id") if headers else None
    return f" (x-request-id {rid})" if rid else ""


# --- the per-group table --------------------------------------------------------------------


def fetch_groups(client):
    """Every working group, page by page."""
    groups, after = [], None
    while True:
        connection = client.execute(GROUPS_QUERY, {"after": after})["workingGroups"]
        groups.extend(connection["nodes"])
        info = connection["pageInfo"]
        if not info["hasNextPage"]:
            return groups
        if not info["endCursor"] or info["endCursor"] == after:
            raise ApiError("the server said there is a next page but gave no new cursor")
        after = info["endCursor"]


def group_table(client):
    """Rows of (area number, title, {status: count}), every working group once."""
    groups = {g["id"]: g for g in fetch_groups(client)}
    counts = {gid: {} for gid in groups}
    for row in client.execute(COUNTS_QUERY)["report"]["stepsByStatus"]:
        group = row["workingGroup"] or {"id": None, "title": "(no working group)", "thematicArea": None}
        groups.setdefault(group["id"], group)
        per_status = counts.setdefault(group["id"], {})
        per_status[row["status"]] = per_status.get(row["status"], 0) + row["count"]

    def area(group):
        return (group.get("thematicArea") or {}).get("number")

    order = sorted(groups, key=lambda gid: (area(groups[gid]) is None, area(groups[gid]) or 0, groups[gid]["title"]))
    return [(area(groups[gid]), groups[gid]["title"], counts[gid]) for gid in order]


def share(part, whole):
    return f"{100.0 * part / whole:.1f}" if whole else "-"


def print_table(header, rows, align):
    """Prints rows under header in columns two spaces apart; align is '<' or '>' per column."""
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]

    def line(cells):
        text = "  ".join(f"{str(c):{a}{w}}" for c, a, w in zip(cells, align, widths))
        return text.rstrip()

    print(line(header))
    for row in rows:
        print(line(row))


def show_groups(client):
    table = group_table(client)
    statuses = list(STATUSES)
    for _, _, per_status in table:  # a status added to the API later gets its own column
        statuses.extend(s for s in sorted(per_status) if s not in statuses)
    rows, totals = [], {s: 0 for s in statuses}
    for number, title, per_status in table:
        total = sum(per_status.values())
        for s in statuses:
            totals[s] += per_status.get(s, 0)
        rows.append(
            ["-" if number is None else number, title]
            + [per_status.get(s, 0) for s in statuses]
            + [total, share(per_status.get("DONE", 0), total)]
        )
    grand = sum(totals.values())
    rows.append(["", "total"] + [totals[s] for s in statuses] + [grand, share(totals["DONE"], grand)])
    header = ["#", "working group"] + statuses + ["total", "done %"]
    print_table(header, rows, ["<", "<"] + [">"] * (len(statuses) + 2))


# --- late steps per organisation, from the CSV export --------------------------------------


def show_late_steps(client):
    text = client.get_text("/api/reports/steps.csv")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ApiError("steps.csv has no column " + ", ".join(missing) + " (is this a MEGA Hub server?)")
    per_org = {}  # organisation -> [steps, late, max days late], in the order of the export
    for line, row in enumerate(reader, start=2):
        try:
            days_late = int(row["days_late"])
        except (TypeError, ValueError):
            raise ApiError(f"steps.csv line {line}: days_late is not a number: {row['days_late']!r}") from None
        entry = per_org.setdefault(row["organisation"], [0, 0, 0])
        entry[0] += 1
        if days_late > 0:
            entry[1] += 1
            entry[2] = max(entry[2], days_late)
    rows = [[org, steps, late, most if late else "-"] for org, (steps, late, most) in per_org.items()]
    total_steps = sum(e[0] for e in per_org.values())
    total_late = sum(e[1] for e in per_org.values())
    most = max((e[2] for e in per_org.values()), default=0)
    rows.append(["total", total_steps, total_late, most if total_late else "-"])
    print_table(["organisation", "steps", "late", "max days late"], rows, ["<", ">", ">", ">"])


def main():
    parser = argparse.ArgumentParser(
        description="Progress of the action plans per working group, or with --csv late "
        "steps per organisation (needs a READ personal access token in MEGA_TOKEN).",
    )
    parser.add_argument(
        "--url",
        default=os.environ.get("MEGA_URL", "http://127.0.0.1:8080"),
        help="server URL (default: $MEGA_URL or %(default)s)",
    )
    parser.add_argument(
        "--csv",
        action="store_true",
        help="count late steps per organisation from /api/reports/steps.csv instead",
    )
    args = parser.parse_args()
    token = os.environ.get("MEGA_TOKEN", "").strip()
    if not token:
        parser.error("set MEGA_TOKEN to a personal access token (mega_pat_...), READ scope")

    client = Client(args.url, token)
    try:
        if args.csv:
            show_late_steps(client)
        else:
            show_groups(client)
    except ApiError as err:
        print(f"progress_by_group: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
