"""gunicorn's configuration for the intranet (docs/deployment.md); options on the command line
win over these.

Each worker collects garbage once after its first requests and then freezes what it has built
(``gc.freeze()``): modules, URL patterns, compiled templates, Wagtail's page types and the
search's per-process memories (``intranet.memo``). Python's full collections otherwise walk
all of those again, 140-180 ms in the middle of whichever request triggered one. Objects frozen
that become garbage later are not reclaimed by the cycle collector (reference counting still
frees them), which is why a worker waits until its long-lived state is built.

Each worker also loads the search's Dutch dictionary when it starts (``post_worker_init``).
"""

import gc

# By then a worker has built nearly everything it keeps for its whole life.
WARM_UP_REQUESTS = 50


def post_worker_init(worker):
    # The search's Dutch dictionary forms load in 1-2 s: before the first search, not in it.
    from search.analysis import load_dictionary

    load_dictionary()


def post_request(worker, req, environ, resp):
    worker.requests_served = getattr(worker, "requests_served", 0) + 1
    if worker.requests_served == WARM_UP_REQUESTS:
        gc.collect()
        gc.freeze()
