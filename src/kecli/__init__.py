"""kecli: cases of a koordinerende enhet in the terminal."""

__version__ = "0.1.0"
