"""gunicorn's configuration: a worker takes what it built while warming up out of the garbage
collector's rounds, once."""

import gc
import runpy
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings

CONFIG = Path(settings.BASE_DIR) / "gunicorn.conf.py"


def test_a_worker_freezes_once_after_its_warm_up_requests():
    config = runpy.run_path(str(CONFIG))
    worker = SimpleNamespace()  # gunicorn's worker object; the hook only keeps a count on it
    gc.unfreeze()
    try:
        for _ in range(config["WARM_UP_REQUESTS"] - 1):
            config["post_request"](worker, None, {}, None)
        assert gc.get_freeze_count() == 0
        config["post_request"](worker, None, {}, None)
        frozen = gc.get_freeze_count()
        assert frozen > 0
        # Once only: a second freeze would also take these new objects; objects frozen before
        # may still be freed meanwhile, so the count may only go down a little.
        alive_after_warm_up = [[number] for number in range(1_000)]
        config["post_request"](worker, None, {}, None)
        assert gc.get_freeze_count() < frozen + len(alive_after_warm_up)
    finally:
        gc.unfreeze()
