"""Entry script of the frozen application (PyInstaller needs a file, not a package)."""

import sys

from tierslieux_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
