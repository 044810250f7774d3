#!/usr/bin/env python3
"""Example MEGA Hub webhook receiver: verifies signed deliveries and prints the accepted ones.

Checks `X-Mega-Signature` (HMAC-SHA256 keyed with the webhook's `whsec_...` secret over
"{X-Mega-Timestamp}.{raw body}", compared in constant time) and the timestamp (at most
300 s from our clock), then answers at once: 401 for a missing or wrong signature, 400 for a
stale timestamp or a malformed delivery, 200 otherwise. Deliveries are at least once, so a
delivery id seen before is answered 200 and not processed again. Each accepted delivery
prints one line on stdout:

    verified <event> <deliveryId> <data as JSON>

    MEGA_WEBHOOK_SECRET=whsec_... python3 webhook_receiver.py --port 8787

Python 3 standard library only. Put it behind an HTTPS reverse proxy for a real server:
MEGA Hub delivers only to https URLs outside demo mode.
"""

import argparse
import hashlib
import hmac
import json
import os
import sys
import threading
import time
from collections import OrderedDict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE_SECONDS = 300  # refuse timestamps further than this from our clock (replays)
MAX_BODY_BYTES = 1024 * 1024
# Retries of one delivery span about an hour; remember ids well beyond that. A production
# receiver keeps them in its database (a unique key on the delivery id), so that a restart
# does not forget them.
REMEMBERED_IDS = 100_000


def expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    """The `X-Mega-Signature` value MEGA Hub sends for this timestamp and raw body."""
    mac = hmac.new(secret, timestamp.encode("utf-8", "replace") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def signature_ok(secret: bytes, timestamp: str, body: bytes, header: str) -> bool:
    expected = expected_signature(secret, timestamp, body).encode()
    # compare_digest takes as long for a near miss as for a wild guess.
    return hmac.compare_digest(expected, header.encode("utf-8", "replace"))


class SeenDeliveries:
    """The delivery ids already processed (bounded, oldest forgotten first; thread-safe)."""

    def __init__(self, capacity):
        self._ids = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def add(self, delivery_id) -> bool:
        """Records the id; answers False when it was already there."""
        with self._lock:
            if delivery_id in self._ids:
                return False
            self._ids[delivery_id] = None
            if len(self._ids) > self._capacity:
                self._ids.popitem(last=False)
            return True


class Receiver(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, secret, max_deliveries):
        super().__init__(address, Handler)
        self.secret = secret
        self.max_deliveries = max_deliveries
        self.seen = SeenDeliveries(REMEMBERED_IDS)
        self.accepted = 0
        self.count_lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    server_version = "mega-webhook-example/1"
    sys_version = ""

    def do_POST(self):
        server = self.server
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            return self._answer(411, "Content-Length required")
        if length < 0 or length > MAX_BODY_BYTES:
            return self._answer(413, "body too large")
        body = self.rfile.read(length)

        # 1. Authenticity: the signature covers the timestamp and the exact bytes received,
        #    so verify before parsing anything.
        timestamp = self.headers.get("X-Mega-Timestamp", "")
        signature = self.headers.get("X-Mega-Signature", "")
        if not signature:
            return self._refuse(401, "missing X-Mega-Signature")
        if not signature_ok(server.secret, timestamp, body, signature):
            return self._refuse(401, "signature does not match")

        # 2. Freshness: a genuine but old delivery is a replay. (MEGA Hub signs every retry
        #    afresh, so genuine retries pass.)
        if not (timestamp.isascii() and timestamp.isdigit()):
            return self._refuse(400, "malformed X-Mega-Timestamp")
        skew = int(time.time()) - int(timestamp)
        if abs(skew) > TOLERANCE_SECONDS:
            return self._refuse(400, f"timestamp {skew:+d} s from our clock")

        # 3. Shape: the body names the same delivery and event as the headers.
        try:
            delivery = json.loads(body)
            delivery_id = delivery["deliveryId"]
            event = delivery["event"]
            data = delivery["data"]
        except (ValueError, KeyError, TypeError):
            return self._refuse(400, "body is not a delivery")
        if delivery_id != self.headers.get("X-Mega-Delivery") or event != self.headers.get(
            "X-Mega-Event"
        ):
            return self._refuse(400, "headers and body disagree")

        # 4. At least once: answer 200 to a repeat (so it stops) but do not process it again.
        if not server.seen.add(delivery_id):
            self._log(f"duplicate {event} {delivery_id}: already processed")
            return self._answer(200, "duplicate")

        # 5. Hand the delivery on, then answer at once (MEGA Hub waits 10 s at most). A real
        #    integration stores it in a queue or table here and does the work (e.g. fetching
        #    the objects named in `data` through the API) afterwards, not before answering.
        print(f"verified {event} {delivery_id} "
              f"{json.dumps(data, sort_keys=True, separators=(',', ':'))}", flush=True)
        self._answer(200, "ok")

        with server.count_lock:
            server.accepted += 1
            done = server.max_deliveries and server.accepted >= server.max_deliveries
        if done:
            self._log(f"{server.accepted} deliveries accepted; stopping (--max-deliveries)")
            threading.Thread(target=server.shutdown, daemon=True).start()

    def do_GET(self):
        self._answer(405, "POST deliveries here", allow="POST")

    def _refuse(self, status, reason):
        self._log(f"refused {status}: {reason}")
        self._answer(status, reason)

    def _answer(self, status, text, allow=None):
        payload = (text + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        if allow:
            self.send_header("Allow", allow)
        self.end_headers()
        self.wfile.write(payload)
        self.wfile.flush()

    def _log(self, message):
        print(f"webhook_receiver: {message}", file=sys.stderr, flush=True)

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        self._log(f"{self.address_string()} {format % args}")


def main():
    parser = argparse.ArgumentParser(
        description="Receive and verify MEGA Hub webhook deliveries (secret in "
        "MEGA_WEBHOOK_SECRET).",
    )
    parser.add_argument("--port", type=int, default=8787, help="port (default: %(default)s)")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--max-deliveries",
        type=int,
        default=0,
        metavar="N",
        help="exit after N accepted deliveries (for tests; default: run until stopped)",
    )
    args = parser.parse_args()
    secret = os.environ.get("MEGA_WEBHOOK_SECRET", "").strip()
    if not secret:
        parser.error("set MEGA_WEBHOOK_SECRET to the secret createWebhook returned (whsec_...)")
    if args.max_deliveries < 0:
        parser.error("--max-deliveries must be 0 or more")

    # The key is the whole secret string, `whsec_` prefix included, as UTF-8 bytes.
    server = Receiver((args.host, args.port), secret.encode("utf-8"), args.max_deliveries)
    print(f"webhook_receiver: listening on http://{args.host}:{server.server_address[1]}",
          file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
