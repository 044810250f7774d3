#!/usr/bin/env bash
# End-to-end check of the reporting examples (list-plans.sh, progress_by_group.py) against a
# throw-away demo server: `bash examples/reporting/run-examples.sh` from anywhere. Every
# figure the scripts print is compared with the same figure fetched from the API separately.
# Needs bash, curl, python3 (it runs progress_by_group.py and does the comparisons), jq when
# available, and a built server (target/debug/mega, or set MEGA_BIN).
# Prints PASS/FAIL lines; exits 0 only if every check held. Cleans up processes and files.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=../lib/harness.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/harness.sh"
DEMO_USER="munich@partners.demo"

harness_init "REPORTING EXAMPLES CHECK" mega-reporting

# --- helpers ------------------------------------------------------------------------------

# checks <<'PY' ... PY: run a comparison (Python, after $PRELUDE) that prints PASS/FAIL lines
# and indented details; count its FAIL lines. A comparison that crashes counts as a failure.
checks() {
    local program out status=0
    program="$PRELUDE$(cat)"
    out="$(python3 -c "$program" 2>&1)" || status=$?
    printf '%s\n' "$out"
    FAILURES=$((FAILURES + $(grep -c '^FAIL' <<<"$out" || true)))
    if ((status != 0)); then fail "the comparison itself failed (status $status)"; fi
}

# The comparisons below share this prelude: `load(name)` reads $WORK/name.json, `ok`/`bad`
# print a PASS/FAIL line, `check(cond, message, details)` prints one with details on failure.
PRELUDE='
import collections, csv, io, json, os, sys
WORK = os.environ["WORK"]
def load(name):
    with open(os.path.join(WORK, name + ".json"), encoding="utf-8") as f:
        return json.load(f)["data"]
def text(name):
    with open(os.path.join(WORK, name), encoding="utf-8") as f:
        return f.read()
def ok(message): print("PASS  " + message)
def bad(message): print("FAIL  " + message)
def check(cond, message, details=()):
    (ok if cond else bad)(message)
    if not cond:
        for line in details: print("      " + str(line))
    return cond
def steps_csv():
    return list(csv.DictReader(io.StringIO(text("steps.csv"), newline="")))
def org_label(org):  # how steps.csv names an organisation
    return org["shortName"] or org["name"]
'
export WORK

# --- 1. the demo server -------------------------------------------------------------------

start_demo_server

# --- 2. a READ token ----------------------------------------------------------------------

sign_in "$DEMO_USER"
create_read_token "reporting examples"

# --- 3. the reference figures, fetched independently of the scripts ------------------------

gql ref_plans "$READ_TOKEN" '{ actionPlans(first: 100) { totalCount pageInfo { hasNextPage }
  nodes { id stage progress organisation { name shortName } } } }'
need ref_plans "actionPlans with the READ token"
gql ref_groups "$READ_TOKEN" '{ workingGroups(first: 100) { pageInfo { hasNextPage } nodes { id title } } }'
need ref_groups "workingGroups with the READ token"
gql ref_status "$READ_TOKEN" '{ report {
  byGroup: stepsByStatus(groupBy: WORKING_GROUP) { workingGroup { id title } status count }
  byOrganisation: stepsByStatus(groupBy: ORGANISATION) { organisation { name shortName } status count } } }'
need ref_status "report.stepsByStatus with the READ token"

# The steps CSV judges lateness by the server's UTC day when it answers; ask lateSteps about
# that same day (from the CSV's Date header), so a run across midnight UTC compares alike.
auth_header "$READ_TOKEN"
csv_status="$(curl -sS --max-time 30 -o "$WORK/steps.csv" -D "$WORK/steps.headers" -w '%{http_code}' \
    -H @"$WORK/headers" "$API/api/reports/steps.csv" || echo 000)"
[[ "$csv_status" == 200 ]] || die "GET /api/reports/steps.csv with the READ token: HTTP $csv_status $(head -c 300 "$WORK/steps.csv")"
AS_OF="$(python3 - "$WORK/steps.headers" <<'PY'
import email.utils, sys, datetime
for line in open(sys.argv[1], encoding="latin-1"):
    name, _, value = line.partition(":")
    if name.strip().lower() == "date":
        print(email.utils.parsedate_to_datetime(value.strip()).astimezone(datetime.timezone.utc).date())
        break
else:
    print(datetime.datetime.now(datetime.timezone.utc).date())
PY
)"
gql ref_late "$READ_TOKEN" 'query($asOf: NaiveDate) { report { lateSteps(asOf: $asOf) {
  step { id number end baselineEnd } organisation { name shortName } workingGroup { id }
  status daysBehindBaseline daysOverdue daysLate } } }' "{\"asOf\": \"$AS_OF\"}"
need ref_late "report.lateSteps with the READ token"
pass "fetched the reference figures: $(json "$WORK/ref_plans.json" 'd["data"]["actionPlans"]["totalCount"]') plans, $(json "$WORK/ref_groups.json" 'len(d["data"]["workingGroups"]["nodes"])') working groups, $(($(wc -l <"$WORK/steps.csv") - 1)) CSV lines, $(json "$WORK/ref_late.json" 'len(d["data"]["report"]["lateSteps"])') late steps on $AS_OF"

# --- 4. list-plans.sh ---------------------------------------------------------------------

run_list_plans() {  # NAME [ENV...]: runs list-plans.sh; $WORK/NAME.out, .err, .rc
    local name="$1" rc=0
    shift
    env MEGA_URL="$API" MEGA_TOKEN="$READ_TOKEN" "$@" bash "$HERE/list-plans.sh" \
        >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
    echo "$rc" >"$WORK/$name.rc"
}

run_list_plans plans2 PAGE_SIZE=2
if [[ "$(cat "$WORK/plans2.rc")" == 0 ]]; then
    pass "list-plans.sh with PAGE_SIZE=2 exited 0:"
    indent "$WORK/plans2.out" "$WORK/plans2.err"
    checks <<'PY'
plans = load("ref_plans")["actionPlans"]
total = plans["totalCount"]
out = text("plans2.out").splitlines()
err = text("plans2.err")
rows = [line.split("\t") for line in out if not line.startswith("total: ")]
check(not plans["pageInfo"]["hasNextPage"] and len(plans["nodes"]) == total,
      f"the reference query got all {total} plans in one page of 100")
check(len(rows) == total and out[-1:] == [f"total: {total} plans"],
      f"list-plans listed exactly actionPlans.totalCount = {total} plans, and said so last",
      [f"{len(rows)} plan lines; last line {out[-1:]!r}"])
pages = -(-total // 2)
check(f"fetched {total} plans in {pages} pages of at most 2" in err,
      f"it paged: {pages} requests of first: 2", err.strip().splitlines())
orgs = collections.Counter(r[0] for r in rows)
expected = collections.Counter(p["organisation"]["name"] for p in plans["nodes"])
check(orgs == expected and max(orgs.values(), default=1) == 1,
      f"each of the {len(expected)} organisations is listed once",
      [f"listed: {dict(orgs)}", f"API: {dict(expected)}"])
by_org = {p["organisation"]["name"]: p for p in plans["nodes"]}
wrong = []
for r in rows:
    p = by_org.get(r[0])
    if p is None or len(r) != 3:
        wrong.append(r); continue
    if p["progress"] is None:
        same = r[2] == "-"
    else:
        try:
            same = r[2].endswith("%") and abs(float(r[2][:-1]) - p["progress"]) <= 0.05 + 1e-9
        except ValueError:
            same = False
    if r[1] != p["stage"] or not same:
        wrong.append(r + ["API: {} {}".format(p["stage"], p["progress"])])
check(not wrong, "every line has the plan stage and progress of the API", wrong)
PY
else
    fail "list-plans.sh with PAGE_SIZE=2 exited $(cat "$WORK/plans2.rc"):"
    indent "$WORK/plans2.out" "$WORK/plans2.err"
fi

run_list_plans plans50
if [[ "$(cat "$WORK/plans50.rc")" == 0 ]] && cmp -s "$WORK/plans2.out" "$WORK/plans50.out" \
    && grep -q 'in 1 page of at most 50' "$WORK/plans50.err"; then
    pass "list-plans.sh with the default PAGE_SIZE (50) prints the same, in 1 page"
else
    fail "list-plans.sh with the default PAGE_SIZE should print the same in 1 page; it printed:"
    indent "$WORK/plans50.out" "$WORK/plans50.err"
fi

# Without jq, list-plans.sh reads the JSON with python3: run it with a PATH that has
# everything but jq.
if command -v jq >/dev/null; then
    mkdir "$WORK/no-jq"
    IFS=: read -r -a path_dirs <<<"$PATH"
    for dir in "${path_dirs[@]}"; do  # in PATH order: a name already linked keeps the first
        [[ -n "$dir" && -d "$dir" ]] || continue
        ln -s "$dir"/* "$WORK/no-jq/" 2>/dev/null || true
    done
    rm -f "$WORK/no-jq/jq"
    run_list_plans plans_nojq PATH="$WORK/no-jq" PAGE_SIZE=2
    if [[ "$(cat "$WORK/plans_nojq.rc")" == 0 ]] && cmp -s "$WORK/plans2.out" "$WORK/plans_nojq.out" \
        && cmp -s "$WORK/plans2.err" "$WORK/plans_nojq.err"; then
        pass "list-plans.sh without jq (python3 reads the JSON) prints the same"
    else
        fail "list-plans.sh without jq should print the same; it exited $(cat "$WORK/plans_nojq.rc"):"
        indent "$WORK/plans_nojq.out" "$WORK/plans_nojq.err"
    fi
else
    echo "NOTE  jq is not installed: list-plans.sh used python3 above; its jq path was not run"
fi

run_list_plans plans_bad MEGA_TOKEN=mega_pat_not-a-real-token
if [[ "$(cat "$WORK/plans_bad.rc")" != 0 ]] && grep -q '\[UNAUTHENTICATED\]' "$WORK/plans_bad.err" \
    && [[ ! -s "$WORK/plans_bad.out" ]]; then
    pass "list-plans.sh with an unknown token exits $(cat "$WORK/plans_bad.rc") naming UNAUTHENTICATED, printing no plans"
else
    fail "list-plans.sh with an unknown token should exit non-zero with UNAUTHENTICATED; it exited $(cat "$WORK/plans_bad.rc"):"
    indent "$WORK/plans_bad.out" "$WORK/plans_bad.err"
fi

# --- 5. progress_by_group.py: steps per status per working group ---------------------------

run_progress() {  # NAME [ARGS...]: runs progress_by_group.py; $WORK/NAME.out, .err, .rc
    local name="$1" rc=0
    shift
    MEGA_URL="$API" MEGA_TOKEN="${TOKEN_OVERRIDE:-$READ_TOKEN}" python3 "$HERE/progress_by_group.py" "$@" \
        >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
    echo "$rc" >"$WORK/$name.rc"
}

run_progress groups
if [[ "$(cat "$WORK/groups.rc")" == 0 ]]; then
    pass "progress_by_group.py exited 0:"
    indent "$WORK/groups.out"
    checks <<'PY'
STATUSES = ["NOT_STARTED", "ON_TRACK", "DELAYED", "DONE", "CANCELLED"]
lines = text("groups.out").splitlines()
header = lines[0].split()
check(header[-8:] == STATUSES + ["total", "done", "%"],
      "the header names the five statuses, total and done %", [lines[0]])
table = {}
for line in lines[1:]:
    cells = line.split()
    title = "total" if cells[0] == "total" else " ".join(cells[1:-7])
    table[title] = (dict(zip(STATUSES, map(int, cells[-7:-2]))), int(cells[-2]), cells[-1])

report = load("ref_status")["report"]["byGroup"]
groups = load("ref_groups")["workingGroups"]["nodes"]
expected = {g["title"]: collections.Counter() for g in groups}
for row in report:
    expected.setdefault(row["workingGroup"]["title"], collections.Counter())[row["status"]] += row["count"]
check(sorted(t for t in table if t != "total") == sorted(expected) and len(lines) == len(expected) + 2,
      f"one row per working group ({len(expected)}), then a totals row",
      [f"rows: {sorted(table)}", f"API: {sorted(expected)}"])
def share(done, total):
    return f"{100.0 * done / total:.1f}" if total else "-"
for title, counts in sorted(expected.items()):
    if title not in table:
        continue
    got, total, done = table[title]
    want = {s: counts.get(s, 0) for s in STATUSES}
    check(got == want and total == sum(counts.values()) and done == share(counts["DONE"], total),
          f"{title}: per-status counts and total {total} = the sum of report.stepsByStatus ({sum(counts.values())})",
          [f"printed {got} total {total} done {done}", f"API {want} total {sum(counts.values())}"])
grand = sum(row["count"] for row in report)
column_sums = {s: sum(r["count"] for r in report if r["status"] == s) for s in STATUSES}
with_group = [r for r in steps_csv() if r["working_group"]]
got, total, done = table.get("total", ({}, None, None))
check(got == column_sums and total == grand,
      f"the totals row is the column sums of report.stepsByStatus (grand total {grand})",
      [f"printed {got} total {total}", f"API {column_sums} total {grand}"])
outside = collections.Counter(r["plan_stage"] for r in with_group if r["plan_stage"] not in ("IMPLEMENTING", "COMPLETED"))
check(total == len(with_group),
      f"the grand total {total} = the steps.csv rows with a working group ({len(with_group)})",
      [f"steps.csv also lists plans that stepsByStatus leaves out (not IMPLEMENTING/COMPLETED): {dict(outside)}"] if outside else [])
PY
else
    fail "progress_by_group.py exited $(cat "$WORK/groups.rc"):"
    indent "$WORK/groups.out" "$WORK/groups.err"
fi

# --- 6. progress_by_group.py --csv: late steps per organisation ----------------------------

run_progress late --csv
if [[ "$(cat "$WORK/late.rc")" == 0 ]]; then
    pass "progress_by_group.py --csv exited 0:"
    indent "$WORK/late.out"
    checks <<'PY'
lines = text("late.out").splitlines()
check(lines[0].split() == ["organisation", "steps", "late", "max", "days", "late"],
      "the header is organisation, steps, late, max days late", [lines[0]])
table = {}
for line in lines[1:]:
    cells = line.split()
    table[" ".join(cells[:-3])] = (int(cells[-3]), int(cells[-2]))
printed_total = table.pop("total", (None, None))

late = load("ref_late")["report"]["lateSteps"]
late_per_org = collections.Counter(org_label(s["organisation"]) for s in late)
printed_late = {org: n for org, (_, n) in table.items() if n}
check(printed_late == dict(late_per_org),
      "late steps per organisation = report.lateSteps per organisation",
      [f"printed {printed_late}", f"API     {dict(late_per_org)}"])
no_group = sum(1 for s in late if s["workingGroup"] is None)
check(printed_total[1] == len(late),
      f"the late-steps total {printed_total[1]} = the number of report.lateSteps ({len(late)}, "
      f"{len(late) - no_group} with a working group, {no_group} without)")
zero = [s for s in late if s["daysLate"] <= 0]
def describe(s):
    step = s["step"]
    return "{} step {} ({}): end {}, baselineEnd {}, status {}, daysLate {}".format(
        org_label(s["organisation"]), step["number"], step["id"], step["end"],
        step["baselineEnd"], s["status"], s["daysLate"])
check(not zero,
      "every report.lateSteps entry has daysLate > 0 (what makes it comparable with days_late > 0)",
      [describe(s) for s in zero])
rows = steps_csv()
csv_late = {r["step_id"] for r in rows if int(r["days_late"]) > 0}
api_late = {s["step"]["id"] for s in late}
check(csv_late == api_late,
      f"steps.csv (days_late > 0) and report.lateSteps name the same {len(api_late)} steps",
      [f"only in steps.csv: {sorted(csv_late - api_late)}", f"only in lateSteps: {sorted(api_late - csv_late)}"])
by_org = collections.Counter()
for row in load("ref_status")["report"]["byOrganisation"]:
    by_org[org_label(row["organisation"])] += row["count"]
printed_steps = {org: n for org, (n, _) in table.items()}
no_group_rows = sum(1 for r in rows if not r["working_group"])
check(printed_steps == dict(by_org) and printed_total[0] == sum(by_org.values()),
      f"steps per organisation = report.stepsByStatus(groupBy: ORGANISATION) sums ({sum(by_org.values())} in all)",
      [f"printed {printed_steps}", f"API     {dict(by_org)}"]
      + ([f"steps.csv has {no_group_rows} steps without a working group, which stepsByStatus leaves out"] if no_group_rows else []))
PY
else
    fail "progress_by_group.py --csv exited $(cat "$WORK/late.rc"):"
    indent "$WORK/late.out" "$WORK/late.err"
fi

TOKEN_OVERRIDE=mega_pat_not-a-real-token run_progress groups_bad
TOKEN_OVERRIDE=mega_pat_not-a-real-token run_progress late_bad --csv
if [[ "$(cat "$WORK/groups_bad.rc")" == 1 && "$(cat "$WORK/late_bad.rc")" == 1 ]] \
    && grep -q '\[UNAUTHENTICATED\]' "$WORK/groups_bad.err" \
    && grep -q 'HTTP 401 .*\[UNAUTHENTICATED\]' "$WORK/late_bad.err"; then
    pass "progress_by_group.py with an unknown token exits 1 naming UNAUTHENTICATED (GraphQL and CSV)"
else
    fail "progress_by_group.py with an unknown token should exit 1 with UNAUTHENTICATED; it printed:"
    indent "$WORK/groups_bad.err" "$WORK/late_bad.err"
fi

# --- 7. the READ token cannot change anything ---------------------------------------------

# same_json A B: whether two JSON files hold the same value (objects compared by their members,
# not by the order the server wrote them in).
same_json() {
    python3 - "$1" "$2" <<'PY'
import json, sys
sys.exit(0 if json.load(open(sys.argv[1])) == json.load(open(sys.argv[2])) else 1)
PY
}

# A progress report on one of Munich's own steps: its members may submit one (checked last,
# with the session), so a refusal of the READ token is the token's scope, not a permission.
STEP_ID="$(python3 - "$WORK/steps.csv" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8", newline=""))
        if r["organisation"] == "Munich" and r["plan_stage"] == "IMPLEMENTING"]
print(rows[0]["step_id"] if rows else "")
PY
)"
[[ -n "$STEP_ID" ]] || die "steps.csv has no step of Munich's IMPLEMENTING plan"
STEP_QUERY='query($id: ID!) { node(id: $id) { ... on ActionStep { status percentComplete progressReports(first: 1) { totalCount } } } }'
REPORT_MUTATION='mutation($id: ID!) { submitProgressReport(input: { stepId: $id, status: ON_TRACK,
  percentComplete: 55, narrative: "Reporting example: this must only be saved with the session." }) {
  progressReport { id } userErrors { field code message } } }'
gql step_before "$READ_TOKEN" "$STEP_QUERY" "{\"id\": \"$STEP_ID\"}"
need step_before "the step before the mutation"
gql refused "$READ_TOKEN" "$REPORT_MUTATION" "{\"id\": \"$STEP_ID\"}"
gql step_after "$READ_TOKEN" "$STEP_QUERY" "{\"id\": \"$STEP_ID\"}"
need step_after "the step after the mutation"
refused_code="$(json "$WORK/refused.json" 'd["errors"][0]["extensions"]["code"]')"
refused_data="$(json "$WORK/refused.json" '(d.get("data") or {}).get("submitProgressReport")')"
if [[ "$refused_code" == FORBIDDEN && -z "$refused_data" ]] \
    && same_json "$WORK/step_before.json" "$WORK/step_after.json"; then
    pass "the READ token is refused for a mutation (FORBIDDEN, HTTP $(cat "$WORK/refused.status")) and the step is unchanged"
else
    fail "submitProgressReport with the READ token should give FORBIDDEN and change nothing; got: $(cat "$WORK/refused.json")"
    indent <(cat "$WORK/step_before.json"; echo; cat "$WORK/step_after.json"; echo)
fi

gql allowed "$JWT" "$REPORT_MUTATION" "{\"id\": \"$STEP_ID\"}"
if [[ -n "$(json "$WORK/allowed.json" 'd["data"]["submitProgressReport"]["progressReport"]["id"]')" ]]; then
    pass "the same mutation with $DEMO_USER's session succeeds (so the refusal was the READ scope)"
else
    fail "submitProgressReport with the session should succeed; got: $(cat "$WORK/allowed.json")"
fi

finish_checks
