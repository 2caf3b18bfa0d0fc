"""A worker takes its long-lived objects out of the garbage collector's rounds once it is warm."""

import gc

from intranet.wsgi import FreezeWhenWarm


def test_a_worker_freezes_what_it_built_after_its_warm_up_requests_once():
    served = []

    def app(environ, start_response):
        served.append(environ["PATH_INFO"])
        return [b"ok"]

    worker = FreezeWhenWarm(app, after=3)
    gc.unfreeze()
    try:
        assert worker({"PATH_INFO": "/1"}, None) == [b"ok"]
        worker({"PATH_INFO": "/2"}, None)
        assert gc.get_freeze_count() == 0

        worker({"PATH_INFO": "/3"}, None)
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert gc.get_count()[0] < 100  # collected before freezing

        worker({"PATH_INFO": "/4"}, None)
        assert gc.get_freeze_count() == frozen  # once only
        assert served == ["/1", "/2", "/3", "/4"]
    finally:
        gc.unfreeze()
