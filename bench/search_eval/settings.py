"""Settings for the evaluation's worker: the test settings, with the media in a temporary folder.

DATABASE_URL and SEARCH_EVAL_MEDIA_ROOT come from `bench.search_eval.run`."""

import os

from intranet.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["SEARCH_EVAL_MEDIA_ROOT"]
