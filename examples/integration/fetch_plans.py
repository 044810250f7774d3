#!/usr/bin/env python3
"""Example MEGA Hub integration: list every action plan with a READ personal access token.

Pages through `actionPlans` with `first`/`after` cursors and prints one tab-separated line per
plan (organisation, stage, number of actions, number of steps including sub-steps), then a
total line. The remaining rate-limit budget goes to stderr. Python 3 standard library only.

    MEGA_URL=https://mega.example.org MEGA_TOKEN=mega_pat_... python3 fetch_plans.py

Exit status: 0 on success, 1 on a GraphQL or HTTP error (the message shows
`extensions.code`), 2 on bad usage, 75 when rate-limited for longer than --max-wait.
"""

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone

QUERY = """
query ActionPlans($first: Int!, $after: String) {
  actionPlans(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      stage
      organisation { name shortName }
      actions { id steps { id parentId } }
    }
  }
}
"""

EX_RATE_LIMITED = 75  # EX_TEMPFAIL: try again later


class ApiError(Exception):
    """A request failed; `str()` is the message for the user."""


class RateLimited(ApiError):
    def __init__(self, message, wait_seconds):
        super().__init__(message)
        self.wait_seconds = wait_seconds


class Client:
    """A minimal GraphQL client that remembers the last rate-limit headers it saw."""

    def __init__(self, url, token, timeout=30.0):
        url = url.rstrip("/")
        self.endpoint = url if url.endswith("/graphql") else url + "/graphql"
        self.token = token
        self.timeout = timeout
        self.rate_limit = {}  # X-RateLimit-* headers of the last response that had them

    def _remember_rate_limit(self, headers):
        for name in ("Limit", "Remaining", "Used", "Reset"):
            value = headers.get("X-RateLimit-" + name)
            if value is not None:
                self.rate_limit[name.lower()] = value

    def execute(self, query, variables):
        body = json.dumps({"query": query, "variables": variables}).encode()
        request = urllib.request.Request(
            self.endpoint,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                "Accept": "application/graphql-response+json, application/json",
                "Authorization": "Bearer " + self.token,
                "User-Agent": "mega-integration-example/1",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                self._remember_rate_limit(response.headers)
                raw = response.read()
                status = response.status
        except urllib.error.HTTPError as err:
            # 4xx/5xx: the body is usually still a GraphQL response with `errors`.
            self._remember_rate_limit(err.headers)
            raw = err.read()
            payload = _parse_json(raw)
            codes = _describe_errors(payload)
            if err.code == 429:
                raise RateLimited(
                    f"HTTP 429 from {self.endpoint}: {codes or 'rate limited'}",
                    _seconds_until_reset(err.headers),
                ) from None
            raise ApiError(
                f"HTTP {err.code} {err.reason} from {self.endpoint}"
                + (f": {codes}" if codes else "")
                + _request_id(err.headers)
            ) from None
        except urllib.error.URLError as err:
            raise ApiError(f"cannot reach {self.endpoint}: {err.reason}") from None
        except TimeoutError:
            raise ApiError(f"no answer from {self.endpoint} within {self.timeout:.0f} s") from None

        payload = _parse_json(raw)
        if payload is None:
            raise ApiError(f"HTTP {status} from {self.endpoint}: the answer is not JSON")
        if payload.get("errors"):
            # GraphQL errors come with HTTP 200; never trust partial data.
            raise ApiError("GraphQL error: " + _describe_errors(payload))
        return payload["data"]


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


def _seconds_until_reset(headers):
    """How long to wait after a 429: Retry-After, else X-RateLimit-Reset, else a minute."""
    retry_after = headers.get("Retry-After")
    if retry_after and retry_after.isascii() and retry_after.isdigit():
        return int(retry_after)
    reset = headers.get("X-RateLimit-Reset")
    if reset and reset.isascii() and reset.isdigit():
        return max(1, int(reset) - int(time.time()))
    return 60


def fetch_all_plans(client, page_size, max_wait):
    """Fetches every plan, page by page; answers (plans, pages, totalCount)."""
    plans, seen, pages, after, total = [], set(), 0, None, None
    while True:
        try:
            data = client.execute(QUERY, {"first": page_size, "after": after})
        except RateLimited as limited:
            if limited.wait_seconds > max_wait:
                raise
            print(
                f"rate limited; waiting {limited.wait_seconds} s for the budget to reset",
                file=sys.stderr,
                flush=True,
            )
            time.sleep(limited.wait_seconds + 1)
            continue  # the same page again
        connection = data["actionPlans"]
        pages += 1
        total = connection["totalCount"]
        for plan in connection["nodes"]:
            # Cursors are positions in a list that may change while we page: skip repeats.
            if plan["id"] not in seen:
                seen.add(plan["id"])
                plans.append(plan)
        info = connection["pageInfo"]
        if not info["hasNextPage"]:
            return plans, pages, total
        if not info["endCursor"] or info["endCursor"] == after:
            raise ApiError("the server said there is a next page but gave no new cursor")
        after = info["endCursor"]


def main():
    parser = argparse.ArgumentParser(
        description="List every MEGA Hub action plan (needs a READ personal access token "
        "in MEGA_TOKEN).",
    )
    parser.add_argument(
        "--url",
        default=os.environ.get("MEGA_URL", "http://127.0.0.1:8080"),
        help="server URL, with or without /graphql (default: $MEGA_URL or %(default)s)",
    )
    parser.add_argument(
        "--page-size",
        type=int,
        default=50,
        help="plans per request, 1-100 (default: %(default)s)",
    )
    parser.add_argument(
        "--max-wait",
        type=int,
        default=3600,
        help="when rate-limited, wait up to this many seconds for the hourly budget to "
        "reset before giving up (default: %(default)s)",
    )
    args = parser.parse_args()
    if not 1 <= args.page_size <= 100:
        parser.error("--page-size must be between 1 and 100")
    token = os.environ.get("MEGA_TOKEN", "").strip()
    if not token:
        parser.error("set MEGA_TOKEN to a personal access token (mega_pat_...), READ scope")

    client = Client(args.url, token)
    try:
        plans, pages, total = fetch_all_plans(client, args.page_size, args.max_wait)
    except RateLimited as limited:
        print(f"fetch_plans: {limited}\nfetch_plans: giving up: the budget resets in "
              f"{limited.wait_seconds} s, more than --max-wait {args.max_wait}", file=sys.stderr)
        return EX_RATE_LIMITED
    except ApiError as err:
        print(f"fetch_plans: {err}", file=sys.stderr)
        return 1
    finally:
        report_budget(client)

    n_actions = n_steps = 0
    for plan in plans:
        actions = plan["actions"]
        steps = sum(len(action["steps"]) for action in actions)  # steps and sub-steps
        n_actions += len(actions)
        n_steps += steps
        org = plan["organisation"]
        print(f"{org['name']}\t{plan['stage']}\t{len(actions)} actions\t{steps} steps")
    print(f"Total: {len(plans)} plans, {n_actions} actions, {n_steps} steps")
    print(f"fetched {len(plans)} plans in {pages} page{'s' if pages != 1 else ''} "
          f"of at most {args.page_size}", file=sys.stderr)
    if total is not None and total != len(plans):
        print(f"warning: the server counts {total} plans but {len(plans)} were listed "
              "(plans changed while paging?)", file=sys.stderr)
    return 0


def report_budget(client):
    rl = client.rate_limit
    if "remaining" not in rl:
        return
    reset = ""
    if rl.get("reset", "").isdigit():
        when = datetime.fromtimestamp(int(rl["reset"]), timezone.utc)
        reset = f", resets at {when:%Y-%m-%dT%H:%M:%SZ}"
    print(f"rate limit: {rl['remaining']} of {rl.get('limit', '?')} points left this hour{reset}",
          file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
