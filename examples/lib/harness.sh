# shellcheck shell=bash
# Shared harness for the examples' end-to-end check scripts (integration/run-example.sh,
# reporting/run-examples.sh): PASS/FAIL bookkeeping, a private work directory, a throw-away
# `mega serve --demo` on a free port, GraphQL calls, and clean-up of every process and file
# on any exit (success, failure, Ctrl-C or SIGTERM), ending with one summary line.
#
# Use, from a check script (it must run under `set -euo pipefail`, in bash):
#
#     set -euo pipefail
#     source "$(dirname "${BASH_SOURCE[0]}")/../lib/harness.sh"
#     harness_init "MY CHECK" mega-mine     # label of the failure summary, work-dir prefix
#     start_demo_server                     # sets API, DEMO_PASSWORD, SERVER_PID
#     sign_in coordinator@mpg.demo          # sets JWT
#     create_read_token "my check"          # sets READ_TOKEN
#     gql plans "$READ_TOKEN" '{ actionPlans(first: 5) { totalCount } }'
#     need plans "actionPlans with the READ token"
#     pass "…" / fail "…" / die "…"
#     finish_checks                         # exit 1 if any check failed
#
# The script ends with `ALL CHECKS PASSED in N s`, `INTERRUPTED after N s` (status 130/143) or
# `<LABEL> FAILED (N failed) after N s`. A process the script starts itself goes to track_pid,
# and a log worth showing when the check fails to show_on_failure.
# Environment: MEGA_BIN overrides the server binary (default target/debug/mega in the repo);
# TMPDIR, where the work directory goes. Needs curl and python3.

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MEGA_BIN="${MEGA_BIN:-$REPO/target/debug/mega}"
STARTED_AT=$SECONDS
FAILURES=0
WORK=""
HARNESS_LABEL=""
HARNESS_PIDS=()        # processes to stop at exit, in the order they were started
HARNESS_LOG_TITLES=()  # logs to show when the check fails: titles ...
HARNESS_LOG_FILES=()   # ... and files

# --- results ------------------------------------------------------------------------------

# pass MESSAGE: print a PASS line.
pass() { printf 'PASS  %s\n' "$*"; }
# fail MESSAGE: print a FAIL line and count it.
fail() { printf 'FAIL  %s\n' "$*"; FAILURES=$((FAILURES + 1)); }
# die MESSAGE: fail a check later steps cannot do without, and stop.
die() { fail "$*"; exit 1; }
# indent FILE...: print the files (or stdin) indented under the last PASS/FAIL line.
indent() { sed 's/^/      /' "$@"; }
# finish_checks: the script's last step; exit 1 if any check failed.
finish_checks() { ((FAILURES == 0)) || exit 1; }

# --- work directory, processes and clean-up -----------------------------------------------

# harness_init LABEL PREFIX: make the private work dir $WORK ($TMPDIR/PREFIX.XXXXXX) and set the
# traps that clean up at exit; LABEL names the check in the failure summary.
harness_init() {
    HARNESS_LABEL="$1"
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/$2.XXXXXX")"
    chmod 700 "$WORK"
    trap harness_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# track_pid PID: stop PID (TERM, then KILL after 5 s) when the script exits.
track_pid() { HARNESS_PIDS+=("$1"); }

# untrack_pid PID: forget PID, once the script has waited for it itself (its number may be reused).
untrack_pid() {
    local pid kept=()
    for pid in "${HARNESS_PIDS[@]}"; do [[ "$pid" == "$1" ]] || kept+=("$pid"); done
    HARNESS_PIDS=("${kept[@]}")
}

# show_on_failure TITLE FILE: if the check fails, print the last 15 lines of FILE under TITLE.
show_on_failure() { HARNESS_LOG_TITLES+=("$1"); HARNESS_LOG_FILES+=("$2"); }

# harness_cleanup: the EXIT trap: stop tracked processes (last started first), show the logs on
# failure, remove $WORK, print the summary line, and exit with the script's status.
harness_cleanup() {
    local status=$? i pid
    trap - EXIT INT TERM
    for ((i = ${#HARNESS_PIDS[@]} - 1; i >= 0; i--)); do
        pid="${HARNESS_PIDS[i]}"
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    for i in "${!HARNESS_LOG_FILES[@]}"; do
        if [[ $status -ne 0 && -f "${HARNESS_LOG_FILES[i]}" ]]; then
            echo "--- ${HARNESS_LOG_TITLES[i]} ---"
            tail -n 15 "${HARNESS_LOG_FILES[i]}" | sed 's/\x1b\[[0-9;]*m//g'
        fi
    done
    [[ -z "$WORK" ]] || rm -rf "$WORK"
    if [[ $status -eq 0 ]]; then
        echo "ALL CHECKS PASSED in $((SECONDS - STARTED_AT)) s"
    elif [[ $status -eq 130 || $status -eq 143 ]]; then
        echo "INTERRUPTED after $((SECONDS - STARTED_AT)) s"
    else
        echo "$HARNESS_LABEL FAILED ($FAILURES failed) after $((SECONDS - STARTED_AT)) s"
    fi
    exit "$status"
}

# --- JSON and GraphQL ---------------------------------------------------------------------

# json FILE EXPR: print a value from a JSON file; EXPR is Python over `d` (empty if absent).
json() {
    python3 - "$1" "$2" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
    v = eval(sys.argv[2], {"d": d})
except Exception:
    v = None
print("" if v is None else (v if isinstance(v, str) else json.dumps(v)))
PY
}

# auth_header TOKEN: write $WORK/headers for `curl -H @"$WORK/headers"` (empty without TOKEN),
# so the token is not on a command line that other users can read in the process list.
auth_header() {
    : >"$WORK/headers"
    if [[ -n "$1" ]]; then printf 'Authorization: Bearer %s\n' "$1" >"$WORK/headers"; fi
}

# gql NAME TOKEN QUERY [VARIABLES_JSON]: POST to $API/graphql; the response is in $WORK/NAME.json
# and the HTTP status in $WORK/NAME.status (000 if there was no answer).
gql() {
    local name="$1" token="$2" query="$3" variables="${4:-}"
    [[ -n "$variables" ]] || variables='{}'
    python3 -c 'import json, sys; print(json.dumps({"query": sys.argv[1], "variables": json.loads(sys.argv[2])}))' \
        "$query" "$variables" >"$WORK/$name.request"
    auth_header "$token"
    curl -sS --max-time 30 -o "$WORK/$name.json" -w '%{http_code}' \
        -H 'Content-Type: application/json' -H @"$WORK/headers" \
        --data-binary @"$WORK/$name.request" "$API/graphql" >"$WORK/$name.status" || echo 000 >"$WORK/$name.status"
}

# need NAME WHAT: stop unless $WORK/NAME.json is an answer without errors.
need() {
    [[ "$(json "$WORK/$1.json" 'bool(d["data"]) and not d.get("errors")')" == true ]] \
        || die "$2 (HTTP $(cat "$WORK/$1.status")): $(head -c 600 "$WORK/$1.json")"
}

# --- the demo server ----------------------------------------------------------------------

# free_ports [N]: print N (default 1) distinct free TCP ports on 127.0.0.1, space-separated.
free_ports() {
    python3 - "${1:-1}" <<'PY'
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
PY
}

# start_demo_server [PORT]: start `mega serve --demo` on 127.0.0.1:PORT (a free port if none) with
# its database in $WORK; sets API, DEMO_PASSWORD and SERVER_PID; waits up to 30 s for /readyz.
start_demo_server() {
    local port="${1:-}" ready=""
    [[ -x "$MEGA_BIN" ]] || die "server binary not found at $MEGA_BIN (build it, or set MEGA_BIN)"
    [[ -n "$port" ]] || port="$(free_ports 1)"
    API="http://127.0.0.1:$port"
    DEMO_PASSWORD="example-$(python3 -c 'import secrets; print(secrets.token_urlsafe(12))')"

    MEGA_DEMO_PASSWORD="$DEMO_PASSWORD" MEGA_LOG=warn "$MEGA_BIN" serve --demo \
        --bind "127.0.0.1:$port" \
        --database-url "sqlite://$WORK/mega.db?mode=rwc" \
        --static-dir "$WORK/no-spa" >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    track_pid "$SERVER_PID"
    show_on_failure "last lines of the server log" "$WORK/server.log"

    for _ in $(seq 300); do  # up to 30 s
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$API/readyz" || true)" == 200 ]]; then
            ready=1
            break
        fi
        sleep 0.1
    done
    [[ -n "$ready" ]] || die "the server did not answer 200 on /readyz within 30 s"
    pass "demo server ready on $API ($((SECONDS - STARTED_AT)) s)"
}

# sign_in EMAIL [WHAT]: sign in as the demo user EMAIL; sets JWT. WHAT names the step if it fails.
sign_in() {
    local email="$1" what="${2:-sign-in as $1}"
    gql login "" 'mutation($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { accessToken userErrors { code message } } }' \
        "{\"email\": \"$email\", \"password\": \"$DEMO_PASSWORD\"}"
    JWT="$(json "$WORK/login.json" 'd["data"]["login"]["accessToken"]')"
    [[ -n "$JWT" ]] || die "$what: $(cat "$WORK/login.json")"
    pass "signed in as $email"
}

# create_read_token NAME: with $JWT, create a READ API token called NAME, valid for a day;
# sets READ_TOKEN.
create_read_token() {
    local expires_at
    expires_at="$(python3 -c 'import datetime as t; print((t.datetime.now(t.timezone.utc) + t.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"))')"
    gql token "$JWT" 'mutation($name: String!, $expiresAt: DateTime!) {
  createApiToken(input: { name: $name, scope: READ, expiresAt: $expiresAt }) {
    token apiToken { prefix scope } userErrors { code message } } }' \
        "$(python3 -c 'import json, sys; print(json.dumps({"name": sys.argv[1], "expiresAt": sys.argv[2]}))' "$1" "$expires_at")"
    READ_TOKEN="$(json "$WORK/token.json" 'd["data"]["createApiToken"]["token"]')"
    [[ "$READ_TOKEN" == mega_pat_* && "$(json "$WORK/token.json" 'd["data"]["createApiToken"]["apiToken"]["scope"]')" == READ ]] \
        || die "createApiToken: $(cat "$WORK/token.json")"
    pass "created a READ token ($(json "$WORK/token.json" 'd["data"]["createApiToken"]["apiToken"]["prefix"]')…)"
}
