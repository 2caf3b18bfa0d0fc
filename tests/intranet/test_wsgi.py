"""A worker takes its long-lived objects out of the garbage collector's rounds once it is warm."""

import gc

from intranet.wsgi import FreezeWhenWarm


def app(environ, start_response):
    environ["served"].append(environ["PATH_INFO"])
    return [b"ok"]


def request(worker, path, served):
    return worker({"PATH_INFO": path, "served": served}, None)


def test_a_worker_collects_and_freezes_once_after_its_warm_up_requests(monkeypatch):
    # gc.freeze() moves every tracked object of the test process: record the calls instead.
    calls = []
    monkeypatch.setattr(gc, "collect", lambda *args: calls.append("collect") or 0)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    worker, served = FreezeWhenWarm(app, after=3), []

    assert request(worker, "/1", served) == [b"ok"]
    request(worker, "/2", served)
    assert calls == []

    request(worker, "/3", served)
    assert calls == ["collect", "freeze"]  # collected first, so no garbage is frozen

    request(worker, "/4", served)
    request(worker, "/5", served)
    assert calls == ["collect", "freeze"]  # once only
    assert served == ["/1", "/2", "/3", "/4", "/5"]


def test_frozen_objects_are_left_out_of_the_collections():
    gc.unfreeze()
    try:
        request(FreezeWhenWarm(app, after=1), "/", [])
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
