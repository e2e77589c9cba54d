"""audiopaper: turn a day's newspaper into a podcast."""

__version__ = "0.1.0"
