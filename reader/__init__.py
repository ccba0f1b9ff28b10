"""reader: read and compare how different outlets report the same news story."""

__version__ = "0.1.0"
