"""The child process of emails.isolation: renders overrides it is sent, within the budget set there.

A module of its own so that the renderer (emails.render, which uses emails.isolation) and the pool
do not import each other."""

from __future__ import annotations

import json
import pickle
import sys

from emails.isolation import _HEADER, CPU_SECONDS, MEMORY_BYTES


class _OverBudget(Exception):
    pass


def _child_main() -> None:
    import resource
    import signal

    try:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    except (ValueError, OSError):  # a platform without it: the wall-clock kill still bounds the time
        pass

    def over_budget(*_):
        raise _OverBudget(f"the override used more than {CPU_SECONDS} s of CPU time")

    signal.signal(signal.SIGPROF, over_budget)
    from emails.render import render_override  # after the limits, so they cover the imports' memory

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but answers on the pipe

    def answer(data: dict) -> None:
        body = json.dumps(data).encode()
        stdout.write(_HEADER.pack(len(body)) + body)
        stdout.flush()

    answer({"ready": True})
    while True:
        header = stdin.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return  # the parent closed the pipe
        source, context, locale, html = pickle.loads(stdin.read(_HEADER.unpack(header)[0]))
        try:
            signal.setitimer(signal.ITIMER_PROF, CPU_SECONDS)
            try:
                output = render_override(source, context, locale, html=html)
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            result = {"output": output}
        except BaseException as exc:  # noqa: BLE001 - whatever the merchant's code raised is reported
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            name = "TimeoutError" if isinstance(exc, _OverBudget) else type(exc).__name__
            result = {"error": name, "message": str(exc)[:1000]}
        answer(result)


if __name__ == "__main__":
    _child_main()
