"""Start the Dubao reader window: ``python main.py [PATH ...]``."""

import gc
import sys

# No cyclic garbage collection until the window is painted: start-up makes
# many objects that live as long as the program (``reader.ui.app.start``
# turns it back on).
gc.disable()

from reader.ui.app import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
