"""The batch's hold on the LLM engine's model calls: bounded by the batch's limits, the first one sent ahead.

The pipeline offers no hook for its model client, so a worker process (which is the batch's
own) puts a subclass of ``ModelClient`` where the LLM engine looks it up. Each live call
then takes one request from the per-minute budget and one of the slots shared by every
process (``--concurrency``), and the thread gives up its turn at the interpreter while it
waits (``turns``). The SDK client (its connection pool) is made once per process.

**The first call sent ahead.** The engine reads the figures and writes the extractive
summary (most of a filing's CPU, ``FactIndex``) before it asks the model anything, although
its first request needs only the release's segments. ``send_ahead`` runs the engine up to
that first request with the figures left unread (``capture``), and sends the request at once
on a thread of its own, which waits for a slot; the filing's long work then runs while the
model answers, and when the engine makes the same request it is given that answer. A request
the engine does not make in the end (another model setting, an error before the call) is
withdrawn if it is still waiting for its slot. The engine sizes its prompt by the output mode
the server is known to take, which the first answers of a run may settle; the mode read
while the request was captured is the one the engine is shown again for that filing, so the
request it makes is the same. The release's segments and chunks, which the capture cuts, are
kept for the engine's run on the same filing rather than cut twice (``_kept``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from .turns import ANSWERED

__all__ = ["bound_model_calls", "send_ahead", "Ahead", "spent", "forget"]

_local = threading.local()  # per filing thread: .records (calls answered), .ahead (Ahead), .pin ([mode]), .capturing,
# .kept ((document, {call: result}): what the capture cut, for the engine's run on the same document)


def spent() -> list[Any]:
    """The ``CallRecord`` of every call answered for the filing this thread is on."""
    return getattr(_local, "records", [])


def forget() -> None:
    """A new filing on this thread: no calls spent, nothing sent ahead (a request still waiting is withdrawn)."""
    ahead = getattr(_local, "ahead", None)
    if ahead is not None:
        ahead.withdraw()
    _local.records, _local.ahead, _local.pin, _local.kept = [], None, None, None


class _Captured(Exception):
    """The engine's first request, stopped before it was sent."""

    def __init__(self, client: Any, call: tuple) -> None:
        super().__init__("captured")
        self.client, self.call = client, call


class _FiguresNotRead:
    """Stands for the figures while the engine runs up to its first request; any use of them ends the capture."""

    def __getattr__(self, name: str) -> Any:
        raise LookupError("the engine reads the figures before its first call")


@dataclass(eq=False)
class Ahead:
    """A first request on its way: sent on a thread of its own as soon as a slot is free."""

    client: Any
    call: tuple  # (messages, schema, name, purpose, part)
    limits: Any
    tokens: int = 0
    answer: Any = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)
    _withdrawn: bool = False

    def start(self) -> Ahead:
        threading.Thread(target=self._send, name="summarizer-call-ahead", daemon=True).start()
        return self

    def _send(self) -> None:
        limits = self.limits
        try:
            if limits.tokens is not None and self.tokens:
                limits.tokens.acquire(self.tokens)
            if limits.requests is not None:
                limits.requests.acquire()
            with limits.model_slots or _NO_LIMIT:
                if not self._withdrawn:
                    messages, schema, name, purpose, part = self.call
                    self.answer = self.client.send_now(messages, schema, name, purpose=purpose, part=part)
        except BaseException as error:  # raised in the filing's thread when the engine asks for this answer
            self.error = error
        finally:
            self.done.set()

    def withdraw(self) -> None:
        """Not wanted after all: not sent if it still waits for its slot."""
        self._withdrawn = True

    def take(self) -> Any:
        self.done.wait()
        if self.error is not None:
            raise self.error
        if self.answer is None:
            raise RuntimeError("a request sent ahead was withdrawn and then asked for")
        return self.answer


def bound_model_calls(limits: Any) -> bool:
    """Hold each model call of this process, not each whole summary, to the batch's limits.

    False when the engine has no ``ModelClient`` to replace (the whole summary is held instead)."""
    from ..engines import llm_engine
    from ..engines.llm import ModelClient

    current = getattr(llm_engine, "ModelClient", None)
    if current is None or not isinstance(current, type) or not issubclass(current, ModelClient):
        return False
    if getattr(current, "_batch_bounded", False):
        return True

    shared: dict[Any, Any] = {}

    class BoundedClient(current):  # type: ignore[misc, valid-type]
        _batch_bounded = True

        def __post_init__(self) -> None:  # one SDK client per settings and process, not one per summary
            cached = shared.get(self.settings)
            if cached is None:
                super().__post_init__()
                shared[self.settings] = self._client  # type: ignore[has-type]
            else:
                self._client = cached

        @property
        def mode(self) -> str | None:  # as it was when this filing's first request was captured (see above)
            pin = getattr(_local, "pin", None)
            if pin is None:
                return super().mode
            if not pin:
                pin.append(super().mode)
            return pin[0]

        def send_now(self, *args, **kwargs):
            return super().structured(*args, **kwargs)

        def structured(self, messages, schema, name, *, purpose="chunk", part="1 of 1"):
            call = (messages, schema, name, purpose, part)
            if getattr(_local, "capturing", False):
                raise _Captured(self, call)
            ahead, _local.ahead, _local.pin = getattr(_local, "ahead", None), None, None
            if ahead is not None and ahead.call == call:
                with limits.waiting(ANSWERED):  # the filing's work is done: its answer first, when it is in
                    answer = ahead.take()
            else:
                if ahead is not None:
                    ahead.withdraw()
                with limits.waiting(ANSWERED):  # the next filing's work goes on while this call waits
                    if limits.requests is not None:
                        limits.requests.acquire()
                    with limits.model_slots or _NO_LIMIT:
                        answer = self.send_now(messages, schema, name, purpose=purpose, part=part)
            _local.records = [*spent(), answer.record]
            return answer

    llm_engine.ModelClient = BoundedClient  # type: ignore[misc]
    for name in ("segments", "chunk_segments"):
        function = getattr(llm_engine, name, None)
        if callable(function) and not getattr(function, "_batch_kept", False):
            setattr(llm_engine, name, _kept(function))
    return True


def _kept(function: Any) -> Any:
    """``function(document, ...)`` computed once per filing: the capture's result, given again to the engine's
    run on the same document (a list argument stands by its identity: the kept segments are the same list)."""

    def kept(document: Any, *args: Any) -> Any:
        memo = getattr(_local, "kept", None)
        if memo is None or memo[0] is not document:
            return function(document, *args)
        key = (function, *(id(a) if isinstance(a, list) else a for a in args))
        if key not in memo[1]:
            memo[1][key] = function(document, *args)
        return memo[1][key]

    kept._batch_kept = True  # type: ignore[attr-defined]
    return kept


def capture(document: Any, model: Any) -> _Captured | None:
    """The engine's first request for ``document`` (a ``ModelSettings``), its figures left unread;
    None when the engine needs more than the segments before it asks."""
    from ..engines.llm_engine import summarize_llm

    _local.capturing = True
    try:
        summarize_llm(document, model, _FiguresNotRead())  # type: ignore[arg-type]
    except _Captured as captured:
        return captured
    except Exception:  # the engine read the figures first, or this release has no request to make
        return None
    finally:
        _local.capturing = False
    return None


def send_ahead(document: Any, model: Any, limits: Any, tokens: int = 0) -> Ahead | None:
    """The first request for ``document`` captured and on its way (``tokens`` from the per-minute budget),
    kept for this thread's filing; None when it cannot be sent ahead. Call ``forget`` first."""
    _local.pin = []  # the output mode the capture reads is the one the engine reads again
    _local.kept = (document, {})
    captured = capture(document, model)
    if captured is None:
        _local.pin = _local.kept = None
        return None
    _local.ahead = Ahead(captured.client, captured.call, limits, tokens).start()
    return _local.ahead


class _NoLimit:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_exc) -> None:
        return None


_NO_LIMIT = _NoLimit()
