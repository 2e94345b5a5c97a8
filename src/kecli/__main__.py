"""``python -m kecli`` is the same program as ``kecli``."""

from kecli.cli.app import main

if __name__ == "__main__":
    main()
