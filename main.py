"""Start the Dubao reader window: ``python main.py [PATH ...]``."""

import sys

from reader.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
