#!/usr/bin/env python3
"""The benchmark behind scripts/bench: for each database (a fresh one each), load the demo
(x1), measure every scenario with wrk at 1 and 32 clients, add generated data (x100),
measure again, and write bench/RESULTS.md. Exits non-zero when any request errs.

Method and caveats: bench/NOTES.md. Standard library only."""

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PASSWORD = os.environ.get("MEGA_DEMO_PASSWORD", "bench-demo-password")
PG_ADMIN = os.environ.get("MEGA_BENCH_PG_ADMIN", "postgres://postgres@127.0.0.1:5432/postgres")
PG_DB = "mega_bench"
# Large enough that the rate limit never refuses a benchmark request (the limit is per user
# per hour; wrk sends tens of thousands of requests per scenario).
POINTS_PER_HOUR = "1000000000000"

PLAN_TREE = (
    "query PlanTree { organisations(first: 100) { nodes { id name actionPlan { id stage "
    "actions { id ref title steps { id number title start end } } } } } }"
)
VIEWER = "{ viewer { id displayName } }"
PAGED_LIST = (
    "query PlansPage { actionPlans(first: 20) { totalCount nodes { id stage "
    "organisation { id name } } } }"
)
UPDATE_STEP = (
    "mutation($input: UpdateActionStepInput!) { updateActionStep(input: $input) "
    "{ step { id version } userErrors { code } } }"
)


def log(message):
    print(f"[bench] {message}", flush=True)


def fail(message):
    log(f"FAILED: {message}")
    sys.exit(1)


def spa_fragments():
    """Every fragment the SPA defines, by name (a document spreads them as `...Name`)."""
    fragments = {}
    for path in (ROOT / "frontend/src").rglob("*.ts*"):
        if "gql" in path.parts:
            continue
        for document in re.findall(r"graphql\(`(.*?)`\)", path.read_text(), re.S):
            found = re.match(r"\s*fragment\s+(\w+)", document)
            if found:
                fragments[found.group(1)] = document.strip()
    return fragments


def with_fragments(document, fragments):
    """`document` with the fragments it spreads, transitively, appended: as the generated
    client sends it."""
    included, pending, text = set(), [document], document
    while pending:
        for name in re.findall(r"\.\.\.\s*(\w+)", pending.pop()):
            if name == "on" or name in included:
                continue
            if name not in fragments:
                fail(f"the SPA spreads an unknown fragment {name}")
            included.add(name)
            text += "\n" + fragments[name]
            pending.append(fragments[name])
    return text


def dashboard_documents():
    """The SPA's dashboard documents, by operation name, as the SPA sends them."""
    source = (ROOT / "frontend/src/dashboard/queries.ts").read_text()
    fragments = spa_fragments()
    documents = {}
    for document in re.findall(r"graphql\(`(.*?)`\)", source, re.S):
        found = re.search(r"query\s+(\w+)", document)
        if not found:
            continue
        documents[found.group(1)] = with_fragments(document.strip(), fragments)
    for wanted in ("Dashboard", "DashboardLedGroup", "DashboardNetwork"):
        if wanted not in documents:
            fail(f"no {wanted} document in frontend/src/dashboard/queries.ts")
    return documents


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid, field="VmRSS"):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


class Server:
    """`mega serve --demo --expose-statement-count` on a free port."""

    def __init__(self, binary, url, logfile):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ)
        env.update(
            MEGA_DATABASE_URL=url,
            MEGA_BIND=f"127.0.0.1:{self.port}",
            MEGA_DEMO_PASSWORD=PASSWORD,
            MEGA_RATE_LIMIT_POINTS_PER_HOUR=POINTS_PER_HOUR,
            MEGA_STATIC_DIR="/nonexistent",
            MEGA_LOG=os.environ.get("MEGA_LOG", "warn"),
        )
        self.log = open(logfile, "ab")
        self.process = subprocess.Popen(
            [binary, "serve", "--demo", "--expose-statement-count"],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 300
        while time.time() < deadline:
            if self.process.poll() is not None:
                fail(f"mega serve exited with {self.process.returncode}; see {logfile}")
            try:
                with urllib.request.urlopen(self.base + "/readyz", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                pass
            time.sleep(0.2)
        fail("mega serve did not become ready within 300 s")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()

    def request(self, method, path, token=None, body=None):
        """(status, headers, body text) of one request."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=60) as r:
                return r.status, dict(r.headers), r.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read().decode()

    def graphql(self, query, token=None, variables=None):
        status, _, text = self.request(
            "POST", "/graphql", token, {"query": query, "variables": variables or {}}
        )
        body = json.loads(text)
        if status != 200 or body.get("errors"):
            fail(f"GraphQL request failed ({status}): {text[:500]}")
        return body["data"]


def sign_in(server, email):
    data = server.graphql(
        "mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }",
        variables={"input": {"email": email, "password": PASSWORD}},
    )
    token = data["login"]["accessToken"]
    if not token:
        fail(f"cannot sign in as {email}: {data}")
    return token


PARTNERS = [
    "munich@partners.demo",
    "formaper@partners.demo",
    "grdr@partners.demo",
    "adive@partners.demo",
    "uog@partners.demo",
    "garapen@partners.demo",
]


def personas(server):
    """Tokens of the coordinator, a leading member (and a group it leads) and a learning
    member (a partner leading no group)."""
    coordinator = sign_in(server, "coordinator@mpg.demo")
    leading = learning = None
    for email in PARTNERS:
        token = sign_in(server, email)
        data = server.graphql(
            "{ viewer { organisation { memberships { role workingGroup { id } } } } }", token
        )
        memberships = data["viewer"]["organisation"]["memberships"]
        led = [m["workingGroup"]["id"] for m in memberships if m["role"] == "LEADING"]
        if led and leading is None:
            leading = (email, token, led[0])
        elif not led and memberships and learning is None:
            learning = (email, token)
    if leading is None or learning is None:
        fail("the demo has no leading or no learning member")
    return coordinator, leading, learning


def step_lines(server, token, count):
    """Lines for BENCH_STEPS: `count` steps the coordinator may edit, each an update body cut
    at its expectedVersion."""
    data = server.graphql(
        "{ actionPlans(first: 100) { nodes { actions { steps { id title start end version "
        "viewerCanUpdate } } } } }",
        token,
    )
    steps = [
        s
        for plan in data["actionPlans"]["nodes"]
        for action in plan["actions"]
        for s in action["steps"]
        if s["viewerCanUpdate"]
    ]
    if len(steps) < count:
        fail(f"only {len(steps)} editable steps, {count} needed")
    lines = []
    for s in steps[:count]:
        fields = {"title": s["title"], "start": s["start"], "end": s["end"]}
        marker = 987654321
        body = json.dumps(
            {
                "query": UPDATE_STEP,
                "variables": {
                    "input": {"id": s["id"], "expectedVersion": marker, "step": fields}
                },
            }
        )
        prefix, suffix = body.split(str(marker))
        lines.append(f"{prefix}\t{s['version']}\t{suffix}")
    return lines


class RssSampler(threading.Thread):
    """Samples the server's resident set every 50 ms; `peak` is the largest seen."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        # The peak since the current window began (reset by `measure` before each window).
        self.window_peak = 0
        self.running = True

    def run(self):
        while self.running:
            value = rss_kib(self.pid)
            if value:
                self.peak = max(self.peak, value)
                self.window_peak = max(self.window_peak, value)
            time.sleep(0.05)


def run_wrk(server, spec_file, clients, seconds, steps_file=None):
    threads = clients if steps_file else min(clients, 2)
    env = dict(os.environ, BENCH_FILE=str(spec_file), BENCH_STEPS=str(steps_file or ""))
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{clients}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(BENCH / "scenario.lua"),
        server.base,
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    line = next((l for l in result.stdout.splitlines() if l.startswith("BENCH ")), None)
    if result.returncode != 0 or line is None:
        fail(f"wrk failed: {result.stdout}\n{result.stderr}")
    figures = json.loads(line[len("BENCH "):])
    if result.stderr.strip():
        log(result.stderr.strip()[:600])
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    figures["errors"] = figures["errors_body"] + figures["errors_socket"]
    return figures


def scenarios(server, documents, coordinator, leading, learning):
    """(name, method, path, token, body, is_step_update) of every scenario."""
    _, leading_token, led_group = leading
    _, learning_token = learning

    def gql(query, variables=None):
        return {"query": query, "variables": variables or {}}

    return [
        ("plan tree (coordinator)", "POST", "/graphql", coordinator, gql(PLAN_TREE), False),
        (
            "dashboard: coordinator (DashboardNetwork)",
            "POST",
            "/graphql",
            coordinator,
            gql(documents["DashboardNetwork"]),
            False,
        ),
        (
            "dashboard: leading member (DashboardLedGroup)",
            "POST",
            "/graphql",
            leading_token,
            gql(documents["DashboardLedGroup"], {"id": led_group}),
            False,
        ),
        (
            "dashboard: learning member (Dashboard)",
            "POST",
            "/graphql",
            learning_token,
            gql(documents["Dashboard"]),
            False,
        ),
        ("paged list: actionPlans(first: 20)", "POST", "/graphql", coordinator, gql(PAGED_LIST), False),
        ("viewer { id displayName }", "POST", "/graphql", coordinator, gql(VIEWER), False),
        ("updateActionStep (expectedVersion)", "POST", "/graphql", coordinator, None, True),
        ("GET /api/reports/steps.csv", "GET", "/api/reports/steps.csv", coordinator, None, False),
        ("GET /healthz", "GET", "/healthz", None, None, False),
    ]


def measure(binary, backend, url, scale_label, seconds, clients_list, workdir, documents):
    server = Server(binary, url, workdir / f"server-{backend}-{scale_label}.log")
    rows = []
    try:
        time.sleep(1.0)
        idle = rss_kib(server.process.pid)
        coordinator, leading, learning = personas(server)
        log(f"{backend} {scale_label}: leading member {leading[0]}, learning member {learning[0]}")
        steps_file = workdir / "steps.txt"
        sampler = RssSampler(server.process.pid)
        sampler.start()
        for name, method, path, token, body, is_update in scenarios(
            server, documents, coordinator, leading, learning
        ):
            spec = workdir / "spec.txt"
            spec.write_text(
                "\n".join(
                    [method, path, token or "-", json.dumps(body) if body is not None else "-"]
                )
                + "\n"
            )
            # One request alone first: it must succeed, and its header is the statement count
            # of this scenario (read-only ones; the update's is taken under load).
            single = None
            if not is_update:
                status, headers, text = server.request(method, path, token, body)
                if status // 100 != 2 or (text.startswith("{") and json.loads(text).get("errors")):
                    fail(f"{name}: {status} {text[:500]}")
                single = int(headers.get("x-sql-statements-total", headers.get("X-Sql-Statements-Total", "-1")))
            for clients in clients_list:
                if is_update:
                    # Each run starts from the versions the steps have now.
                    steps_file.write_text(
                        "\n".join(step_lines(server, coordinator, clients)) + "\n"
                    )
                sampler.window_peak = rss_kib(server.process.pid) or 0
                figures = run_wrk(server, spec, clients, seconds, steps_file if is_update else None)
                figures["peak_kib"] = sampler.window_peak
                figures.update(
                    scenario=name,
                    clients=clients,
                    backend=backend,
                    scale=scale_label,
                    single_statements=single,
                )
                rows.append(figures)
                log(
                    f"{backend} {scale_label} {name} c={clients}: {figures['rps']:.0f} req/s, "
                    f"p50 {figures['p50_us'] / 1000:.2f} ms, p99 {figures['p99_us'] / 1000:.2f} ms, "
                    f"errors {figures['errors']}"
                )
        sampler.running = False
        sampler.join()
        return rows, {"idle_kib": idle, "peak_kib": sampler.peak}
    finally:
        server.stop()


def fresh_database(backend, workdir):
    if backend == "sqlite":
        path = workdir / "bench.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        return f"sqlite://{path}?mode=rwc"
    for statement in (
        f'DROP DATABASE IF EXISTS "{PG_DB}" WITH (FORCE)',
        f'CREATE DATABASE "{PG_DB}"',
    ):
        subprocess.run(["psql", PG_ADMIN, "-qc", statement], check=True)
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + PG_DB


def generate(binary, url, scale):
    started = time.time()
    result = subprocess.run(
        [binary, "generate", "--scale", str(scale)],
        env=dict(os.environ, MEGA_DATABASE_URL=url, MEGA_LOG="warn"),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        fail(f"mega generate failed: {result.stdout}{result.stderr}")
    log(result.stdout.strip())
    return time.time() - started


def machine():
    model = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem = int(line.split()[1])
    load = Path("/proc/loadavg").read_text().split()[:3]
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "memory_gib": round(mem / 1024 / 1024, 1),
        "load": " ".join(load),
        "kernel": os.uname().release,
    }


def git(*args):
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()


def fmt_ms(us):
    return f"{us / 1000:.2f}"


def write_results(path, rows, memory, info, builds, smoke, seconds, generate_times):
    commit = git("rev-parse", "HEAD")
    dirty = " (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else ""
    out = []
    out.append("# Benchmark results\n")
    out.append(
        "Written by `scripts/bench`" + (" --smoke (figures are not meaningful)" if smoke else "")
        + f" on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Method: [NOTES.md](NOTES.md).\n"
    )
    out.append(f"- commit: `{commit}`{dirty}")
    out.append(
        f"- machine: {info['nproc']} CPUs ({info['cpu']}), {info['memory_gib']} GiB memory, "
        f"Linux {info['kernel']}; load average at the end: {info['load']} (the machine is shared)"
    )
    out.append(f"- binary: `{builds['binary']}`")
    out.append(f"- each scenario: {seconds} s per client count with `wrk`, after one lone request")
    out.append(f"- cold release build: {builds['cold']}")
    out.append(f"- incremental release build: {builds['incremental']}")
    for label, secs in generate_times.items():
        out.append(f"- `mega generate` for {label}: {secs:.1f} s")
    out.append("")
    out.append("## Memory (resident set of `mega serve`)\n")
    out.append("| database | data | idle (after start) | peak during the scenarios |")
    out.append("|---|---|---|---|")
    for (backend, scale), m in memory.items():
        out.append(
            f"| {backend} | {scale} | {m['idle_kib'] / 1024:.1f} MB | {m['peak_kib'] / 1024:.1f} MB |"
        )
    out.append("")
    out.append("## Throughput and latency\n")
    out.append(
        "SQL/req (alone) is the `x-sql-statements-total` of a single request; SQL/req (load) "
        "the mean over every response under load. Errors: non-2xx, socket errors, GraphQL "
        "`errors` or non-empty `userErrors`. RSS MB: the server's largest resident set during the "
        "window (memory an allocator keeps after a window shows in the next ones too).\n"
    )
    groups = {}
    for row in rows:
        groups.setdefault((row["backend"], row["scale"]), []).append(row)
    for (backend, scale), items in groups.items():
        out.append(f"### {backend}, {scale}\n")
        out.append("| scenario | clients | req/s | p50 ms | p99 ms | errors | SQL/req (alone) | SQL/req (load) | RSS MB |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in items:
            load_sql = r["statements"] / r["responses"] if r["responses"] else 0
            single = "–" if r["single_statements"] is None else str(r["single_statements"])
            if r["requests"] == 0:
                # Nothing completed: no latency to report, and the run fails.
                out.append(
                    f"| {r['scenario']} | {r['clients']} | **none completed** | – | – | "
                    f"{r['errors']} | {single} | – | {r['peak_kib'] / 1024:.0f} |"
                )
                continue
            out.append(
                f"| {r['scenario']} | {r['clients']} | {r['rps']:.0f} | {fmt_ms(r['p50_us'])} | "
                f"{fmt_ms(r['p99_us'])} | {r['errors']} | {single} | {load_sql:.1f} | {r['peak_kib'] / 1024:.0f} |"
            )
        out.append("")
    out.append(targets(rows, memory, builds))
    path.write_text("\n".join(out) + "\n")


def find(rows, backend, scale, scenario, clients):
    for r in rows:
        if (r["backend"], r["scale"], r["scenario"], r["clients"]) == (backend, scale, scenario, clients):
            return r
    return None


def targets(rows, memory, builds):
    """The issue's targets (PostgreSQL, x1 unless said), each with HOLDS or MISSES and by how
    much, computed from this run's figures."""
    out = ["## Targets of issue 12 (PostgreSQL, computed from the figures above)\n"]
    out.append("| target | measured | verdict |")
    out.append("|---|---|---|")

    def verdict(ok, ratio_text):
        return ("holds" if ok else "MISSES") + (f" ({ratio_text})" if ratio_text else "")

    # A window that completed nothing has no figures: its targets miss, they do not read 0.
    rows = [r for r in rows if r["requests"] > 0]
    out_of_figures = "MISSES (no request completed in some window: see the tables)"
    backend = "postgres" if any(r["backend"] == "postgres" for r in rows) else "sqlite"
    tree = "plan tree (coordinator)"
    one = find(rows, backend, "x1", tree, 1)
    many = find(rows, backend, "x1", tree, 32)
    if not one or not many:
        out.append(f"| plan tree, 1 and 32 clients | – | {out_of_figures} |")
    if one:
        p50 = one["p50_us"] / 1000
        out.append(f"| plan tree, 1 client, p50 ≤ 3 ms | {p50:.2f} ms | {verdict(p50 <= 3, f'{p50 / 3:.1f}× the target')} |")
    if many:
        rps, p99 = many["rps"], many["p99_us"] / 1000
        out.append(f"| plan tree, 32 clients, ≥ 1,500 req/s | {rps:.0f} req/s | {verdict(rps >= 1500, f'{rps / 1500:.0%} of the target')} |")
        out.append(f"| plan tree, 32 clients, p99 ≤ 60 ms | {p99:.1f} ms | {verdict(p99 <= 60, f'{p99 / 60:.1f}× the limit')} |")
    viewer = find(rows, backend, "x1", "viewer { id displayName }", 32)
    if viewer:
        rps = viewer["rps"]
        out.append(f"| viewer, 32 clients, ≥ 8,000 req/s | {rps:.0f} req/s | {verdict(rps >= 8000, f'{rps / 8000:.0%} of the target')} |")
    for scenario in ("paged list: actionPlans(first: 20)", tree):
        small = find(rows, backend, "x1", scenario, 1)
        large = find(rows, backend, "x100", scenario, 1)
        if not (small and large):
            out.append(f"| x100: {scenario}, 1 client p50 within 2× of x1 | – | {out_of_figures} |")
        else:
            ratio = large["p50_us"] / max(small["p50_us"], 1)
            out.append(
                f"| x100: {scenario}, 1 client p50 within 2× of x1 | {fmt_ms(small['p50_us'])} → {fmt_ms(large['p50_us'])} ms | {verdict(ratio <= 2, f'{ratio:.1f}×')} |"
            )
    for scenario in ("paged list: actionPlans(first: 20)", tree, "viewer { id displayName }"):
        small = find(rows, backend, "x1", scenario, 1)
        large = find(rows, backend, "x100", scenario, 1)
        if small and large and small["single_statements"] is not None:
            same = large["single_statements"] <= small["single_statements"]
            out.append(
                f"| x100: SQL statements of {scenario} do not grow | {small['single_statements']} → {large['single_statements']} | {verdict(same, '')} |"
            )
    for (b, scale), m in memory.items():
        if b != backend:
            continue
        idle, peak = m["idle_kib"] / 1024, m["peak_kib"] / 1024
        out.append(f"| idle RSS ≤ 40 MB ({scale}) | {idle:.1f} MB | {verdict(idle <= 40, '')} |")
        out.append(f"| RSS under 32-client load ≤ 150 MB ({scale}) | {peak:.1f} MB | {verdict(peak <= 150, '')} |")
    if builds.get("cold_seconds") is not None:
        minutes = builds["cold_seconds"] / 60
        out.append(f"| cold release build ≤ 12 min | {minutes:.1f} min | {verdict(minutes <= 12, f'{minutes / 12:.1f}× the target')} |")
    else:
        out.append("| cold release build ≤ 12 min | not measured in this run | – |")
    out.append("")
    return "\n".join(out)


def timed_build(args):
    started = time.time()
    result = subprocess.run(
        ["nice", "-n", "10", "cargo", "build", "--release", "-p", "mega-server", "--bin", "mega"],
        cwd=ROOT,
    )
    if result.returncode != 0:
        fail("cargo build --release failed")
    return time.time() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="a few seconds per scenario, x1 data, SQLite only, no results file")
    parser.add_argument("--seconds", type=int, default=10, help="seconds per scenario and client count")
    parser.add_argument("--scale", type=int, default=100, help="the large data set's size, in demos")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--cold-build-seconds", type=float, help="a cold release build time measured outside this run, to report")
    parser.add_argument("--output", default=str(BENCH / "RESULTS.md"))
    args = parser.parse_args()

    documents = dashboard_documents()
    builds = {"cold": "not measured in this run", "incremental": "not measured in this run", "cold_seconds": None}
    binary = os.environ.get("MEGA_BIN")
    if binary is None:
        release = ROOT / "target/release/mega"
        cold = not release.exists()
        log("building the release binary" + (" (cold)" if cold else ""))
        seconds = timed_build(args)
        if cold:
            builds["cold"] = f"{seconds / 60:.1f} min (this run, from an empty target directory)"
            builds["cold_seconds"] = seconds
        else:
            # An incremental build: the server crate (main.rs) touched, as after an edit there.
            (ROOT / "crates/server/src/main.rs").touch()
            seconds = timed_build(args)
            builds["incremental"] = f"{seconds:.0f} s (this run: `crates/server/src/main.rs` touched, then `cargo build --release -p mega-server --bin mega`)"
        binary = str(release)
    if args.cold_build_seconds is not None and builds["cold_seconds"] is None:
        builds["cold_seconds"] = args.cold_build_seconds
        builds["cold"] = f"{args.cold_build_seconds / 60:.1f} min (measured before this run, from an empty target directory; see NOTES.md)"
    builds["binary"] = binary

    if args.smoke:
        seconds, clients_list, backends, scales = 1, [1, 4], ["sqlite"], [1]
    else:
        seconds, clients_list = args.seconds, [1, 32]
        backends, scales = args.backends.split(","), [1, args.scale]

    rows, memory, generate_times = [], {}, {}
    with tempfile.TemporaryDirectory(prefix="mega-bench-") as tmp:
        workdir = Path(tmp)
        for backend in backends:
            url = fresh_database(backend, workdir)
            for scale in scales:
                label = f"x{scale}"
                if scale > 1:
                    # The demo is x1; the generator adds scale − 1 networks of its shape.
                    generate_times[f"{backend} {label}"] = generate(binary, url, scale - 1)
                found, mem = measure(binary, backend, url, label, seconds, clients_list, workdir, documents)
                rows.extend(found)
                memory[(backend, label)] = mem
        errors = sum(r["errors"] for r in rows)
        # A window in which no request completed measured nothing: a request slower than the
        # window (or than wrk's 10 s timeout, which counts as an error) must fail the run,
        # not leave 0 req/s in the table as if it were a figure.
        stalled = [r for r in rows if r["requests"] == 0]
        if not args.smoke:
            write_results(Path(args.output), rows, memory, machine(), builds, False, seconds, generate_times)
            log(f"wrote {args.output}")
    if errors or stalled:
        for r in stalled:
            log(f"no request completed: {r['backend']} {r['scale']} {r['scenario']} c={r['clients']}")
        fail(f"{errors} requests erred, {len(stalled)} windows completed no request")
    log("no request erred, every window completed requests")


if __name__ == "__main__":
    main()
