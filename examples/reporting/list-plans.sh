#!/usr/bin/env bash
# Reporting example: list every MEGA Hub action plan (organisation, stage, progress) with a
# READ personal access token, paging through `actionPlans` with `first`/`after` and curl.
#
#     MEGA_URL=https://mega.example.org MEGA_TOKEN=mega_pat_... bash list-plans.sh
#
# Environment: MEGA_URL (default http://127.0.0.1:8080; "/graphql" is added), MEGA_TOKEN (a
# READ token, required), PAGE_SIZE (plans per request, 1-100, default 50).
# Output: one tab-separated line per plan (organisation, stage, progress in % or "-" when no
# step counts), then "total: N plans"; the number of pages fetched goes to stderr.
# Needs bash, curl and jq; without jq, python3 parses the JSON instead.
# Exit status: 0 on success, 1 on a GraphQL or HTTP error (stderr names each error's
# extensions.code, e.g. UNAUTHENTICATED, and the x-request-id), 2 on bad usage.
set -euo pipefail
export LC_NUMERIC=C  # printf %.1f must read "67.1" whatever the user's locale

PROG="list-plans"
usage() { printf '%s: %s\n' "$PROG" "$*" >&2; exit 2; }

MEGA_URL="${MEGA_URL:-http://127.0.0.1:8080}"
MEGA_URL="${MEGA_URL%/}"
[[ "$MEGA_URL" == */graphql ]] || MEGA_URL="$MEGA_URL/graphql"
PAGE_SIZE="${PAGE_SIZE:-50}"
if ! [[ "$PAGE_SIZE" =~ ^[0-9]{1,3}$ ]] || ((10#$PAGE_SIZE < 1 || 10#$PAGE_SIZE > 100)); then
    usage "PAGE_SIZE must be a whole number from 1 to 100 (got '$PAGE_SIZE')"
fi
PAGE_SIZE=$((10#$PAGE_SIZE))
[[ -n "${MEGA_TOKEN:-}" ]] || usage "set MEGA_TOKEN to a personal access token (mega_pat_...), READ scope"
command -v curl >/dev/null || usage "curl is required"
if command -v jq >/dev/null; then
    JSON_TOOL=jq
elif command -v python3 >/dev/null; then
    JSON_TOOL=python3
else
    usage "jq (or python3) is required to read the JSON answers"
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/list-plans.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# One line, so it can go into the JSON body as it is (no quotes, backslashes or newlines).
QUERY='query ListPlans($first: Int!, $after: String) { actionPlans(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id stage progress organisation { name } } } }'

# parse_page FILE: reads one GraphQL answer and prints records, fields separated by US (0x1f,
# not a whitespace character, so empty fields survive `read`):
#   E <code> <message and path>       one per error (nothing else is printed then)
#   P <hasNextPage> <endCursor as a JSON literal> <totalCount>
#   N <id> <organisation> <stage> <progress or empty>
# and fails (status 1) when the file is not a JSON object.
parse_page() {
    if [[ "$JSON_TOOL" == jq ]]; then
        jq -r '
          def clean: tostring | gsub("[\u001f\t\r\n]"; " ");
          if type != "object" then error("not a GraphQL answer")
          elif (.errors // []) | length > 0 then
            .errors[] | ["E", ((.extensions.code // "NO_CODE") | clean),
                         ((.message // "") + (if .path then " (at " + (.path | map(tostring) | join(".")) + ")" else "" end) | clean)]
                       | join("\u001f")
          else
            .data.actionPlans as $c
            | (["P", ($c.pageInfo.hasNextPage | tostring), ($c.pageInfo.endCursor | tojson), ($c.totalCount | tostring)] | join("\u001f")),
              ($c.nodes[] | ["N", (.id | clean), (.organisation.name | clean), (.stage | clean),
                             (if .progress == null then "" else (.progress | tostring) end)] | join("\u001f"))
          end' "$1" 2>/dev/null
    else
        python3 - "$1" <<'PY'
import json, sys

US = "\x1f"

def clean(value):
    for ch in "\x1f\t\r\n":
        value = str(value).replace(ch, " ")
    return value

def records(d):
    if d.get("errors"):
        for e in d["errors"]:
            path = ".".join(str(p) for p in e.get("path") or [])
            msg = (e.get("message") or "") + (f" (at {path})" if path else "")
            yield ["E", clean((e.get("extensions") or {}).get("code", "NO_CODE")), clean(msg)]
        return
    c = d["data"]["actionPlans"]
    yield ["P", "true" if c["pageInfo"]["hasNextPage"] else "false",
           json.dumps(c["pageInfo"]["endCursor"]), str(c["totalCount"])]
    for n in c["nodes"]:
        progress = "" if n["progress"] is None else repr(n["progress"])
        yield ["N", clean(n["id"]), clean(n["organisation"]["name"]), clean(n["stage"]), progress]

try:
    with open(sys.argv[1], encoding="utf-8") as f:
        d = json.load(f)
    lines = [US.join(r) for r in records(d)]
except Exception:  # not JSON, or not the shape of a GraphQL answer
    sys.exit(1)
sys.stdout.reconfigure(encoding="utf-8")
print("\n".join(lines))
PY
    fi
}

# request_id: the x-request-id of the last answer, for error messages.
request_id() {
    local id
    id="$(tr -d '\r' <"$TMP/headers" | sed -n 's/^[Xx]-[Rr]equest-[Ii][Dd]: *//p' | tail -n 1)"
    [[ -z "$id" ]] || printf ' (x-request-id %s)' "$id"
}

declare -A SEEN=()
ROWS=()
PAGES=0
AFTER=null   # a JSON literal: null, then the previous page's endCursor
TOTAL=""
while :; do
    printf '{"query":"%s","variables":{"first":%d,"after":%s}}' "$QUERY" "$PAGE_SIZE" "$AFTER" >"$TMP/request.json"
    # The token goes to curl through a file descriptor, never on its command line (which
    # other users of the machine can read in the process list).
    status="$(curl -sS --max-time 30 -o "$TMP/answer.json" -D "$TMP/headers" -w '%{http_code}' \
        -H 'Content-Type: application/json' -H 'Accept: application/json' \
        -H @<(printf 'Authorization: Bearer %s\n' "$MEGA_TOKEN") \
        --data-binary @"$TMP/request.json" "$MEGA_URL" 2>"$TMP/curl.err")" || {
        printf '%s: cannot reach %s: %s\n' "$PROG" "$MEGA_URL" "$(tr '\n' ' ' <"$TMP/curl.err")" >&2
        exit 1
    }
    if ! parse_page "$TMP/answer.json" >"$TMP/page.tsv"; then
        printf '%s: HTTP %s from %s: the answer is not a GraphQL response%s\n' \
            "$PROG" "$status" "$MEGA_URL" "$(request_id)" >&2
        exit 1
    fi
    if grep -q '^E' "$TMP/page.tsv"; then
        # GraphQL errors (HTTP 200) and HTTP errors (401, 413, 429, 503, ...) with a JSON body.
        kind="GraphQL error"
        [[ "$status" == 200 ]] || kind="HTTP $status"
        while IFS=$'\x1f' read -r _ code message; do
            printf '%s: %s from %s: [%s] %s%s\n' "$PROG" "$kind" "$MEGA_URL" "$code" "$message" "$(request_id)" >&2
        done < <(grep '^E' "$TMP/page.tsv")
        retry="$(tr -d '\r' <"$TMP/headers" | sed -n 's/^[Rr]etry-[Aa]fter: *//p' | tail -n 1)"
        [[ -z "$retry" ]] || printf '%s: rate limited; retry after %s s\n' "$PROG" "$retry" >&2
        exit 1
    fi
    if [[ "$status" != 200 ]]; then
        printf '%s: HTTP %s from %s%s\n' "$PROG" "$status" "$MEGA_URL" "$(request_id)" >&2
        exit 1
    fi
    if ! grep -q '^P' "$TMP/page.tsv"; then  # e.g. an empty body
        printf '%s: HTTP %s from %s: the answer is not a GraphQL response%s\n' \
            "$PROG" "$status" "$MEGA_URL" "$(request_id)" >&2
        exit 1
    fi
    PAGES=$((PAGES + 1))
    next=false
    cursor=null
    while IFS=$'\x1f' read -r kind a b c d; do
        case "$kind" in
            P) next="$a"; cursor="$b"; TOTAL="$c" ;;
            N)  # Cursors are positions in a list that may change while we page: skip repeats.
                [[ -z "${SEEN[$a]:-}" ]] || continue
                SEEN[$a]=1
                progress=-
                [[ -z "$d" ]] || progress="$(printf '%.1f%%' "$d")"
                ROWS+=("$(printf '%s\t%s\t%s' "$b" "$c" "$progress")") ;;
        esac
    done <"$TMP/page.tsv"
    [[ "$next" == true ]] || break
    if [[ "$cursor" == null || "$cursor" == "$AFTER" ]]; then
        printf '%s: the server said there is a next page but gave no new cursor\n' "$PROG" >&2
        exit 1
    fi
    AFTER="$cursor"
done

for row in ${ROWS[@]+"${ROWS[@]}"}; do printf '%s\n' "$row"; done
printf 'total: %d plans\n' "${#ROWS[@]}"
printf '%s: fetched %d plans in %d page%s of at most %d\n' \
    "$PROG" "${#ROWS[@]}" "$PAGES" "$([[ $PAGES == 1 ]] || echo s)" "$PAGE_SIZE" >&2
if [[ -n "$TOTAL" && "$TOTAL" != "${#ROWS[@]}" ]]; then
    printf '%s: warning: the server counts %s plans but %d were listed (plans changed while paging?)\n' \
        "$PROG" "$TOTAL" "${#ROWS[@]}" >&2
fi
