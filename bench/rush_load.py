"""Child process of `deadline_rush`: the open-loop load generator (standard library only).

    python -m bench.rush_load --targets FILE --port N --mode rush|baseline --duration S
        --rate-submit R --rate-read R [--offset I] --log FILE --result FILE

Arrivals follow a fixed schedule (submission k starts at k / rate, read j at j / rate), whatever
the server does: a slow server shows as latency, not as less load (open loop). Each simulated
user keeps its connections open between requests as a browser does (HTTP/1.1 keep-alive: a
reader's page session, a submitter's API token; `--close` gives every request its own
connection instead), and a request's latency counts from when it was due, so time spent waiting
for the event loop or for a connection slot is charged to the request (no coordinated
omission).

A submission is three requests by one enterprise's API token: POST /api/v1/applications/
(draft with the whole form), PATCH (one field, with the version read) and POST …/submit with
an Idempotency-Key. Some clients then misbehave as real ones do: a retry with the same key
after the answer (a timeout on the client's side), a double click (two submits with the same
key at once), and a resend under a new key. A submit that fails (5xx, reset, timeout) is
retried with the same key, as a client would after "database is locked" or a lost answer.

`baseline` sends the same number of requests per second, all to GET /healthz (routing,
middleware, one `SELECT 1`): what the server and machine cost before any application logic.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TIMEOUT_S = 30.0
SUBMIT_ATTEMPTS = 6
DRAIN_S = 60.0  # at most this long (or the run's duration) for requests still in flight
MAX_CONNECTIONS = 800  # below the file limit; waiting for a slot counts as latency
READ_MIX = [  # (kind, weight): what an enterprise reads around a deadline
    ("page_calls", 20),
    ("page_call", 15),
    ("page_application", 20),
    ("page_mine", 10),
    ("api_calls", 10),
    ("api_application", 10),
    ("page_publicity", 10),
    ("static", 5),
]
RETRY_SAME_KEY = 0.10  # the client resends after the answer (its own timeout fired)
DOUBLE_CLICK = 0.05  # two submits with one key at the same moment
NEW_KEY_RESEND = 0.02  # a resend that lost the key: must still give the same receipt


@dataclass
class Response:
    status: int  # 0 = no answer (connection error or client timeout)
    body: bytes
    error: str = ""

    def json(self) -> Any:
        try:
            return json.loads(self.body or b"null")
        except ValueError:
            return None


@dataclass
class Recorder:
    samples: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    lag: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, kind: str, due: float, response: Response) -> None:
        self.samples[kind].append(time.perf_counter() - due)
        label = str(response.status) if response.status else "no answer"
        self.statuses[kind][label] += 1
        if (response.status == 0 or response.status >= 500) and len(self.errors) < 20:
            detail = response.error or response.body[:200].decode("utf-8", "replace")
            self.errors.append(f"{kind} {label}: {detail}")


Connection = tuple[asyncio.StreamReader, asyncio.StreamWriter]


class Client:
    """HTTP/1.1 as a browser speaks it: each simulated user (`user`, e.g. a reader's session or
    a submitter's token) keeps its connections open and sends its next request on an idle one;
    requests of one user at the same moment take one connection each. A kept connection the
    server has closed meanwhile (gunicorn's keep-alive) is replaced once, as browsers do when
    the answer had not begun. With `close=True` every request has its own connection
    (`Connection: close`), as before 2026-12-02."""

    def __init__(self, port: int, *, close: bool = False) -> None:
        self.port = port
        self.close = close
        self.slots = asyncio.Semaphore(MAX_CONNECTIONS)
        self.idle: dict[str, list[Connection]] = defaultdict(list)
        self.opened = 0

    def forget(self, user: str) -> None:
        """The user has left: close its kept connections."""
        for _, writer in self.idle.pop(user, []):
            writer.close()

    async def request(
        self,
        method: str,
        path: str,
        *,
        user: str = "",
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        payload = b"" if body is None else json.dumps(body, ensure_ascii=False).encode()
        keep = bool(user) and not self.close
        lines = [
            f"{method} {path} HTTP/1.1",
            f"Host: 127.0.0.1:{self.port}",
            "Connection: keep-alive" if keep else "Connection: close",
            "Accept: application/json, text/html",
            "User-Agent: kechuang-bench-rush",
            f"Content-Length: {len(payload)}",
        ]
        if body is not None:
            lines.append("Content-Type: application/json")
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        raw = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload
        async with self.slots:
            try:
                async with asyncio.timeout(TIMEOUT_S):
                    return await self._exchange(raw, user if keep else "")
            except TimeoutError:
                return Response(0, b"", "client timeout")
            except OSError as exc:
                return Response(0, b"", f"{type(exc).__name__}: {exc}")
            except ValueError:
                return Response(0, b"", "malformed answer")

    async def _exchange(self, raw: bytes, user: str) -> Response:
        idle = self.idle[user] if user else []
        while idle:
            conn = idle.pop()
            if conn[0].at_eof():  # the server closed it while it was idle
                conn[1].close()
                continue
            try:
                return await self._send(conn, raw, user)
            except (asyncio.IncompleteReadError, ConnectionError) as exc:
                if getattr(exc, "partial", b""):
                    raise ConnectionResetError("connection lost during the answer") from exc
                break  # closed before the answer began: once more on a new connection
        self.opened += 1
        conn = await asyncio.open_connection("127.0.0.1", self.port)
        try:
            return await self._send(conn, raw, user)
        except asyncio.IncompleteReadError as exc:
            raise ConnectionResetError("connection closed before the answer ended") from exc

    async def _send(self, conn: Connection, raw: bytes, user: str) -> Response:
        try:
            return await self._send_on(conn, raw, user)
        except BaseException:  # a timeout or a lost connection: never reuse it
            conn[1].close()
            raise

    async def _send_on(self, conn: Connection, raw: bytes, user: str) -> Response:
        reader, writer = conn
        writer.write(raw)
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        fields = {}
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            fields[name.strip().lower()] = value.strip().lower()
        if fields.get(b"transfer-encoding") == b"chunked":
            rest = await _read_chunked(reader)
        elif b"content-length" in fields:
            rest = await reader.readexactly(int(fields[b"content-length"]))
        elif status in (204, 304) or 100 <= status < 200:
            rest = b""
        else:  # the body runs to the end of the connection
            rest = await reader.read()
            fields[b"connection"] = b"close"
        if user and fields.get(b"connection") != b"close":
            self.idle[user].append(conn)
        else:
            writer.close()
        return Response(status, rest)


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    out = bytearray()
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";")[0].strip() or b"0", 16)
        if size == 0:
            await reader.readuntil(b"\r\n")  # no trailers are sent: the empty last line
            return bytes(out)
        out += await reader.readexactly(size)
        await reader.readexactly(2)


def read_request(
    targets: dict[str, Any], reader: dict[str, Any], kind: str
) -> tuple[str, dict[str, str]]:
    """Path and headers of one read of the mix (`READ_MIX`) by `reader`, or of `/healthz`."""
    csrf = f"; csrftoken={reader['csrf']}" if reader.get("csrf") else ""
    cookie = {"Cookie": f"sessionid={reader['session']}{csrf}"}
    bearer = {"Authorization": f"Bearer {reader['token']}"}
    return {
        "healthz": ("/healthz", {}),
        "page_calls": ("/programmes/calls/", cookie),
        "page_call": (f"/programmes/calls/{targets['call']}/", cookie),
        "page_application": (f"/programmes/applications/{reader['application']}/", cookie),
        "page_mine": ("/programmes/applications/", cookie),
        "api_calls": ("/api/v1/calls/?open=true", bearer),
        "api_application": (f"/api/v1/applications/{reader['application']}/", bearer),
        "page_publicity": ("/programmes/publicity/", {}),
        "static": (targets["static"], {}),
    }[kind]


class Rush:
    def __init__(self, args: argparse.Namespace, targets: dict[str, Any]) -> None:
        self.args = args
        self.targets = targets
        self.client = Client(args.port, close=args.close)
        self.rec = Recorder()
        self.rng = random.Random(args.seed)
        self.flows: list[dict[str, Any]] = []
        self.tasks: set[asyncio.Task[None]] = set()

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    # --- reads ---------------------------------------------------------------------------

    async def read(self, due: float, kind: str) -> None:
        await _sleep_until(due, self.rec)
        # One of the readers' browsers, whose kept connections the request may reuse.
        reader = self.rng.choice(self.targets["readers"])
        if self.args.mode == "baseline":
            kind, path, headers = "healthz", "/healthz", dict[str, str]()
        else:
            path, headers = read_request(self.targets, reader, kind)
        answer = await self.client.request("GET", path, user=reader["session"], headers=headers)
        self.rec.add(kind, due, answer)

    # --- submissions ---------------------------------------------------------------------

    async def _timed(self, kind: str, due: float, method: str, path: str, **kw: Any) -> Response:
        headers = kw.get("headers") or {}
        # A submitter is one API client: its token names its kept connections.
        user = kw.pop("user", "") or headers.get("Authorization", "")
        response = await self.client.request(method, path, user=user, **kw)
        self.rec.add(kind, due, response)
        return response

    async def submission(self, due: float, index: int) -> None:
        await _sleep_until(due, self.rec)
        who = self.targets["submitters"][index]
        auth = {"Authorization": f"Bearer {who['token']}"}
        try:
            await self._submission(due, who, auth)
        finally:
            self.client.forget(auth["Authorization"])  # the client is done: it hangs up

    async def _submission(self, due: float, who: dict[str, Any], auth: dict[str, str]) -> None:
        if self.args.mode == "baseline":  # three requests, like a submission
            for _ in range(3):
                await self._timed("healthz", due, "GET", "/healthz", user=auth["Authorization"])
                due = time.perf_counter()
            return
        start = due
        flow: dict[str, Any] = {"user": who["user"], "keys": [], "receipts": [], "answers": []}
        self.flows.append(flow)
        app = await self._create(due, auth)
        if app is None:
            flow["outcome"] = "create failed"
            return
        flow["application"] = app["id"]
        due = time.perf_counter()
        patched = await self._timed(
            "patch",
            due,
            "PATCH",
            f"/api/v1/applications/{app['id']}/",
            body={"data": {"expected_sales": "1200"}, "version": app["version"]},
            headers=auth,
        )
        if patched.status != 200:
            flow["patch"] = patched.status
        key = uuid.uuid4().hex
        flow["keys"].append(key)
        roll = self.rng.random()
        if roll < DOUBLE_CLICK:
            answers = await asyncio.gather(
                self._submit(app["id"], key, auth, flow, "submit"),
                self._submit(app["id"], key, auth, flow, "submit_duplicate"),
            )
            answer = answers[0] or answers[1]
        else:
            answer = await self._submit(app["id"], key, auth, flow, "submit")
        if answer is None:
            flow["outcome"] = "submit failed"
            return
        self.rec.samples["submission_total"].append(time.perf_counter() - start)
        if roll >= DOUBLE_CLICK and roll < DOUBLE_CLICK + RETRY_SAME_KEY:
            await self._submit(app["id"], key, auth, flow, "submit_retry")
        elif roll >= DOUBLE_CLICK + RETRY_SAME_KEY and roll < (
            DOUBLE_CLICK + RETRY_SAME_KEY + NEW_KEY_RESEND
        ):
            other = uuid.uuid4().hex
            flow["keys"].append(other)
            await self._submit(app["id"], other, auth, flow, "submit_new_key")
        flow["outcome"] = "submitted"

    async def _create(self, due: float, auth: dict[str, str]) -> dict[str, Any] | None:
        body = {"call": self.targets["call"], "title": "高精度光学镜头开发", "data": {}}
        body["data"] = self.targets["form"]
        for attempt in range(SUBMIT_ATTEMPTS):
            response = await self._timed(
                "create", due, "POST", "/api/v1/applications/", body=body, headers=auth
            )
            if response.status == 201:
                created: dict[str, Any] = response.json()
                return created
            if response.status == 409:
                # An earlier attempt did create it (its answer was lost): find the draft.
                listed = await self._timed(
                    "list_own", time.perf_counter(), "GET", "/api/v1/applications/", headers=auth
                )
                rows = (listed.json() or {}).get("results") or []
                if rows:
                    found: dict[str, Any] = rows[0]
                    return found
                return None
            if response.status and response.status < 500:
                return None
            await asyncio.sleep(min(8.0, 0.5 * 2**attempt))
            due = time.perf_counter()
        return None

    async def _submit(
        self, app_id: int, key: str, auth: dict[str, str], flow: dict[str, Any], kind: str
    ) -> dict[str, Any] | None:
        due = time.perf_counter()
        headers = {**auth, "Idempotency-Key": key}
        for attempt in range(SUBMIT_ATTEMPTS):
            response = await self._timed(
                kind, due, "POST", f"/api/v1/applications/{app_id}/submit", headers=headers
            )
            answer = response.json() if response.status == 200 else None
            if isinstance(answer, dict) and answer.get("receipt_number"):
                flow["receipts"].append(answer["receipt_number"])
                flow["answers"].append(kind)
                return answer
            if response.status and response.status < 500:
                flow.setdefault("refused", []).append([kind, response.status])
                return None
            # No answer or a server error: the same key again, after a pause.
            flow.setdefault("retried", 0)
            flow["retried"] += 1
            await asyncio.sleep(min(8.0, 0.5 * 2**attempt))
            due = time.perf_counter()
            kind = "submit_after_error"
        return None

    # --- the schedule --------------------------------------------------------------------

    async def run(self) -> None:
        args = self.args
        kinds = [k for k, _ in READ_MIX]
        weights = [w for _, w in READ_MIX]
        t0 = time.perf_counter() + 0.2
        n_submit = int(args.duration * args.rate_submit)
        n_read = int(args.duration * args.rate_read)
        events: list[tuple[float, int, int]] = [
            (t0 + k / args.rate_submit, 0, k) for k in range(n_submit)
        ]
        events += [(t0 + j / args.rate_read, 1, j) for j in range(n_read)]
        events.sort()
        for due, what, k in events:
            await _sleep_until(due - 0.002, None)
            if what == 0:
                self._spawn(self.submission(due, args.offset + k))
            else:
                self._spawn(self.read(due, self.rng.choices(kinds, weights)[0]))
        self.sent_s = time.perf_counter() - t0
        # Let submissions in flight finish their retries, within a bound: a server that
        # cannot keep up leaves them "unfinished" rather than the run never ending.
        drain = max(DRAIN_S, args.duration)
        if self.tasks:
            _, pending = await asyncio.wait(list(self.tasks), timeout=drain)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        self.elapsed_s = time.perf_counter() - t0


async def _sleep_until(due: float, rec: Recorder | None) -> None:
    delay = due - time.perf_counter()
    if delay > 0:
        await asyncio.sleep(delay)
    elif rec is not None:
        rec.lag.append(-delay)


def _pct(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def summarise(rush: Rush) -> dict[str, Any]:
    kinds = {}
    for kind, seconds in sorted(rush.rec.samples.items()):
        ms = [s * 1000 for s in seconds]
        statuses = dict(rush.rec.statuses.get(kind, {}))
        kinds[kind] = {
            "n": len(ms),
            "p50_ms": round(_pct(ms, 50), 1),
            "p95_ms": round(_pct(ms, 95), 1),
            "p99_ms": round(_pct(ms, 99), 1),
            "max_ms": round(max(ms), 1),
            "statuses": statuses,
        }
    usage = resource.getrusage(resource.RUSAGE_SELF)
    outcomes: dict[str, int] = defaultdict(int)
    for flow in rush.flows:
        outcomes[flow.get("outcome", "unfinished")] += 1
    total = sum(sum(v.values()) for v in rush.rec.statuses.values())
    lag = sorted(rush.rec.lag)
    return {
        "mode": rush.args.mode,
        "duration_s": rush.args.duration,
        "sent_s": round(rush.sent_s, 2),
        "elapsed_s": round(rush.elapsed_s, 2),
        "rate_submit": rush.args.rate_submit,
        "rate_read": rush.args.rate_read,
        "requests": total,
        "achieved_rps": round(total / rush.sent_s, 1) if rush.sent_s else None,
        "kinds": kinds,
        "outcomes": dict(outcomes),
        "client_cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "connections": "close" if rush.args.close else "keep-alive",
        "connections_opened": rush.client.opened,
        "schedule_lag_p99_ms": round(_pct(lag, 99) * 1000, 1) if lag else 0.0,
        "first_errors": rush.rec.errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--targets", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=["rush", "baseline"], default="rush")
    parser.add_argument("--duration", type=float, required=True)
    parser.add_argument("--rate-submit", type=float, required=True)
    parser.add_argument("--rate-read", type=float, required=True)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument(
        "--close", action="store_true", help="a new connection for every request (no keep-alive)"
    )
    parser.add_argument("--log", help="write every flow (what clients were told) here")
    parser.add_argument("--result", required=True)
    args = parser.parse_args()
    targets = json.loads(Path(args.targets).read_text("utf-8"))
    rush = Rush(args, targets)
    asyncio.run(rush.run())
    if args.log:
        Path(args.log).write_text(json.dumps({"flows": rush.flows}, ensure_ascii=False), "utf-8")
    Path(args.result).write_text(json.dumps(summarise(rush), ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
