"""The errors a user can cause, each reported as one line naming the file and the cause."""

from __future__ import annotations


class IkhtisarError(Exception):
    """Base of every error the builder reports to a user without a traceback."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ReadError(IkhtisarError):
    """An input file that cannot be read as an article (empty, binary, unknown type...)."""


class ConfigError(IkhtisarError):
    """A corrections file or configuration value that is not valid."""
