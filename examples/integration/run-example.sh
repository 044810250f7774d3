#!/usr/bin/env bash
# End-to-end check of the partner integration example (fetch_plans.py, webhook_receiver.py)
# against a throw-away demo server: `bash examples/integration/run-example.sh` from anywhere.
# Needs bash, curl, python3 and a built server (target/debug/mega, or set MEGA_BIN).
# Prints PASS/FAIL lines; exits 0 only if every check held. Cleans up processes and files.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=../lib/harness.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/harness.sh"
DELIVERY_WAIT_SECONDS=20

harness_init "EXAMPLE CHECK" mega-example

# --- helpers ------------------------------------------------------------------------------

# delivery_body TAG: a FEEDBACK_ADDED body with a new delivery id (TAG as the feedbackId).
delivery_body() {
    python3 -c 'import json, sys, uuid; print(json.dumps({"event": "FEEDBACK_ADDED", "occurredAt": "2026-01-01T00:00:00Z", "data": {"feedbackId": sys.argv[1]}, "deliveryId": str(uuid.uuid4())}, separators=(",", ":")))' "$1"
}

# post_delivery NAME SECRET TIMESTAMP BODY: POST a delivery signed with SECRET to the receiver;
# prints the HTTP status.
post_delivery() {
    local name="$1" secret="$2" timestamp="$3" body="$4" id event signature
    printf '%s' "$body" >"$WORK/$name.body"
    id="$(json "$WORK/$name.body" 'd["deliveryId"]')"
    event="$(json "$WORK/$name.body" 'd["event"]')"
    signature="$(SECRET="$secret" python3 -c '
import hashlib, hmac, os, sys
body = open(sys.argv[2], "rb").read()
print("sha256=" + hmac.new(os.environ["SECRET"].encode(), sys.argv[1].encode() + b"." + body, hashlib.sha256).hexdigest())
' "$timestamp" "$WORK/$name.body")"
    curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -X POST "$HOOK_URL" \
        -H 'Content-Type: application/json' -H "X-Mega-Event: $event" \
        -H "X-Mega-Delivery: $id" -H "X-Mega-Timestamp: $timestamp" \
        -H "X-Mega-Signature: $signature" --data-binary @"$WORK/$name.body" || echo 000
}

# --- 1. the demo server -------------------------------------------------------------------

read -r API_PORT HOOK_PORT <<<"$(free_ports 2)"
HOOK_URL="http://127.0.0.1:$HOOK_PORT/mega-hook"
start_demo_server "$API_PORT"

# --- 2. a READ token ----------------------------------------------------------------------

sign_in coordinator@mpg.demo "coordinator sign-in"
create_read_token "integration example"

# --- 3. fetch_plans.py pages through every plan -------------------------------------------

if MEGA_URL="$API" MEGA_TOKEN="$READ_TOKEN" python3 "$HERE/fetch_plans.py" --page-size 2 \
    >"$WORK/plans.out" 2>"$WORK/plans.err"; then
    plan_lines="$(grep -vc '^Total: ' "$WORK/plans.out" || true)"
    if [[ "$plan_lines" == 6 ]] && grep -q '^Total: 6 plans,' "$WORK/plans.out" \
        && grep -q 'in 3 pages of at most 2' "$WORK/plans.err"; then
        pass "fetch_plans.py --page-size 2 listed exactly 6 plans in 3 pages"
    else
        fail "fetch_plans.py should list 6 plans in 3 pages; it printed:"
        indent "$WORK/plans.out" "$WORK/plans.err"
    fi
    indent "$WORK/plans.out"
    grep '^rate limit:' "$WORK/plans.err" | indent || true
else
    fail "fetch_plans.py exited with status $?:"
    indent "$WORK/plans.err"
fi

# --- 4. the READ token cannot change anything ---------------------------------------------

gql proposed "$READ_TOKEN" '{ proposedActions(first: 100) { nodes { id title organisation { shortName } } } }'
PROPOSED_ID="$(json "$WORK/proposed.json" 'd["data"]["proposedActions"]["nodes"][0]["id"]')"
[[ -n "$PROPOSED_ID" ]] || die "proposedActions with the READ token: $(cat "$WORK/proposed.json")"

FEEDBACK_MUTATION='mutation($id: ID!, $body: String!) {
  addFeedback(input: { proposedActionId: $id, kind: QUESTION, body: $body }) {
    feedback { id } userErrors { code message } } }'
gql refused "$READ_TOKEN" "$FEEDBACK_MUTATION" \
    "{\"id\": \"$PROPOSED_ID\", \"body\": \"This must not be saved.\"}"
refused_code="$(json "$WORK/refused.json" 'd["errors"][0]["extensions"]["code"]')"
refused_data="$(json "$WORK/refused.json" '(d.get("data") or {}).get("addFeedback")')"
if [[ "$refused_code" == FORBIDDEN && -z "$refused_data" ]]; then
    pass "the READ token is refused for a mutation (FORBIDDEN)"
else
    fail "a mutation with the READ token should give FORBIDDEN; got: $(cat "$WORK/refused.json")"
fi

# --- 5. a webhook delivery reaches the receiver, verified ---------------------------------

gql webhook "$JWT" 'mutation($url: String!) {
  createWebhook(input: { url: $url, events: [FEEDBACK_ADDED, PLAN_STAGE_CHANGED] }) {
    secret webhook { id } userErrors { code message } } }' "{\"url\": \"$HOOK_URL\"}"
WEBHOOK_SECRET="$(json "$WORK/webhook.json" 'd["data"]["createWebhook"]["secret"]')"
[[ "$WEBHOOK_SECRET" == whsec_* ]] || die "createWebhook: $(cat "$WORK/webhook.json")"
pass "registered a network-wide webhook for $HOOK_URL"

MEGA_WEBHOOK_SECRET="$WEBHOOK_SECRET" python3 -u "$HERE/webhook_receiver.py" \
    --port "$HOOK_PORT" --max-deliveries 2 >"$WORK/receiver.out" 2>"$WORK/receiver.err" &
RECEIVER_PID=$!
track_pid "$RECEIVER_PID"
show_on_failure "receiver log" "$WORK/receiver.err"
for _ in $(seq 100); do  # up to 10 s
    kill -0 "$RECEIVER_PID" 2>/dev/null || die "the receiver exited: $(cat "$WORK/receiver.err")"
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$HOOK_URL" || true)" == 405 ]] && break
    sleep 0.1
done

gql feedback "$JWT" "$FEEDBACK_MUTATION" \
    "{\"id\": \"$PROPOSED_ID\", \"body\": \"Integration example: which partners joined the capacity building?\"}"
FEEDBACK_ID="$(json "$WORK/feedback.json" 'd["data"]["addFeedback"]["feedback"]["id"]')"
[[ -n "$FEEDBACK_ID" ]] || die "addFeedback as coordinator: $(cat "$WORK/feedback.json")"
pass "added feedback $FEEDBACK_ID as the coordinator"

delivered=""
deadline=$((SECONDS + DELIVERY_WAIT_SECONDS))
while ((SECONDS < deadline)); do
    if grep -q "^verified FEEDBACK_ADDED .*\"feedbackId\":\"$FEEDBACK_ID\"" "$WORK/receiver.out"; then
        delivered=1
        break
    fi
    sleep 0.2
done
if [[ -n "$delivered" ]]; then
    pass "the receiver verified the FEEDBACK_ADDED delivery:"
    indent "$WORK/receiver.out"
else
    fail "no verified FEEDBACK_ADDED delivery within $DELIVERY_WAIT_SECONDS s; receiver said:"
    indent "$WORK/receiver.out" "$WORK/receiver.err"
fi

# --- 6. the receiver refuses forgeries and replays ----------------------------------------

NOW="$(date +%s)"
forged_body="$(delivery_body forged)"
status="$(post_delivery forged "whsec_not-the-real-secret" "$NOW" "$forged_body")"
[[ "$status" == 401 ]] && pass "a forged delivery (wrong signature) gets 401" \
    || fail "a forged delivery should get 401; got $status"

status="$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -X POST "$HOOK_URL" \
    -H 'Content-Type: application/json' --data-binary "$forged_body" || echo 000)"
[[ "$status" == 401 ]] && pass "an unsigned delivery gets 401" \
    || fail "an unsigned delivery should get 401; got $status"

stale_body="$(delivery_body stale)"
status="$(post_delivery stale "$WEBHOOK_SECRET" "$((NOW - 600))" "$stale_body")"
[[ "$status" == 400 ]] && pass "a correctly signed delivery 10 minutes old gets 400" \
    || fail "a stale delivery should get 400; got $status"

# Resend the real delivery, signed afresh as MEGA Hub does on a retry: 200, but not processed.
real_id="$(awk '/^verified FEEDBACK_ADDED/ { print $3; exit }' "$WORK/receiver.out")"
if [[ -n "$real_id" ]]; then
    # The receiver prints before it answers, so the server may not have recorded it yet.
    for _ in $(seq 25); do
        gql deliveries "$JWT" '{ webhooks(first: 1) { nodes { deliveries(first: 5) { nodes { id status payload } } } } }'
        record_status="$(json "$WORK/deliveries.json" \
            "[n for n in d['data']['webhooks']['nodes'][0]['deliveries']['nodes'] if n['id'] == '$real_id'][0]['status']")"
        [[ "$record_status" == PENDING ]] || break
        sleep 0.2
    done
    payload="$(json "$WORK/deliveries.json" \
        "[n for n in d['data']['webhooks']['nodes'][0]['deliveries']['nodes'] if n['id'] == '$real_id'][0]['payload']")"
    [[ "$record_status" == DELIVERED ]] && pass "the server recorded delivery $real_id as DELIVERED" \
        || fail "the server's record of delivery $real_id: ${record_status:-missing}"
    status="$(post_delivery repeat "$WEBHOOK_SECRET" "$(date +%s)" "$payload")"
    count="$(grep -c "^verified FEEDBACK_ADDED $real_id " "$WORK/receiver.out" || true)"
    [[ "$status" == 200 && "$count" == 1 ]] && pass "a repeated delivery gets 200 and is processed once" \
        || fail "a repeated delivery should get 200 and not be processed again; got $status, $count lines"
fi

# A second, new delivery reaches --max-deliveries 2: the receiver stops by itself.
fresh_body="$(delivery_body fresh)"
status="$(post_delivery fresh "$WEBHOOK_SECRET" "$(date +%s)" "$fresh_body")"
stopped=""
for _ in $(seq 50); do kill -0 "$RECEIVER_PID" 2>/dev/null || { stopped=1; break; }; sleep 0.1; done
if [[ "$status" == 200 && -n "$stopped" ]] && wait "$RECEIVER_PID"; then
    untrack_pid "$RECEIVER_PID"
    pass "the receiver exited 0 after --max-deliveries 2"
else
    fail "the receiver should accept a new delivery (got $status) and then exit"
fi

finish_checks
