#!/usr/bin/env python3
"""A Masthead webhook receiver in the Python standard library alone.

It verifies every delivery as the Standard Webhooks specification says (HMAC-SHA256 of
"webhook-id.webhook-timestamp.body" under the endpoint's secret, compared in constant time,
timestamps older or newer than five minutes refused), answers 401 to anything that does not
verify, drops repeats by webhook-id, and prints one JSON line per delivery.

    WEBHOOK_SECRET=whsec_... python3 receiver.py 9000

Register it with POST /api/v1/admin/webhooks {"url": "http://your-host:9000/masthead"}.
HANG_FIRST=30 keeps the first delivery waiting that many seconds before answering (Masthead's
crash test kills the sender meanwhile).
"""
import base64
import hashlib
import hmac
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE_SECONDS = 5 * 60


def verify(secret, headers, body):
    """True when one of the signatures in webhook-signature is ours and the timestamp is fresh."""
    msg_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp")
    signatures = headers.get("webhook-signature", "")
    if not msg_id or not timestamp or not timestamp.isdigit():
        return False
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{msg_id}.{timestamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    for signature in signatures.split(" "):
        version, _, value = signature.partition(",")
        if version == "v1" and hmac.compare_digest(value, expected):
            return True
    return False


class Receiver(BaseHTTPRequestHandler):
    seen = set()
    lock = threading.Lock()
    hang_first = int(os.environ.get("HANG_FIRST", "0"))

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        verified = verify(os.environ["WEBHOOK_SECRET"], self.headers, body)
        msg_id = self.headers.get("webhook-id")
        with Receiver.lock:
            repeat = msg_id in Receiver.seen
            if verified:
                Receiver.seen.add(msg_id)
            hang, Receiver.hang_first = Receiver.hang_first, 0
        event = json.loads(body) if verified else {}
        print(json.dumps({"id": msg_id, "verified": verified, "repeat": repeat, "type": event.get("type"),
                          "entityId": event.get("data", {}).get("id"), "hung": hang > 0}), flush=True)
        if hang:
            time.sleep(hang)
        self.send_response(204 if verified else 401)
        self.end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 9000
    ThreadingHTTPServer(("127.0.0.1", port), Receiver).serve_forever()
