"""One engine's run of the evaluation, in a process of its own (Django is set up once per process).

`python -m bench.search_eval.worker OUTPUT.json` migrates the database DATABASE_URL names, loads
the content, asks every query and writes the answers as JSON; `python -m bench.search_eval.worker
--migrate-only` only migrates (for the migrated template `bench.search_eval.run` keeps). Started by
`bench.search_eval.run`.
"""

import json
import os
import sys
import time


def main(output):
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from bench.search_eval import content, query_set
    from bench.search_eval.scoring import evaluate

    started = time.monotonic()
    call_command("migrate", verbosity=0, interactive=False)
    timings = {"migrate": time.monotonic() - started}
    if output is None:
        return
    content.load_content(timings)
    started = time.monotonic()
    client = Client()
    client.force_login(content.employee())
    results = evaluate(query_set(os.environ.get("SEARCH_EVAL_SET", "main")), content.json_search(client))
    timings["queries"] = time.monotonic() - started
    answers = [
        {
            "query": r.query,
            "kind": r.kind,
            "expected": r.expected,
            "urls": r.urls,
            "titles": r.titles,
            "suggestion": r.suggestion,
        }
        for r in results
    ]
    with open(output, "w", encoding="utf-8") as file:
        json.dump({"results": answers, "timings": timings}, file, ensure_ascii=False)


if __name__ == "__main__":
    main(None if sys.argv[1] == "--migrate-only" else sys.argv[1])
