import sys

from bench.search_eval.run import main

sys.exit(main())
