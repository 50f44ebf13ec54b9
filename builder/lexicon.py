"""Loads the language data in builder/data/ once: every list of words lives there."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


@functools.cache
def load(name: str) -> Any:
    """Return the parsed YAML data file builder/data/<name>.yaml."""
    text = resources.files("builder").joinpath("data", f"{name}.yaml").read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: ten times faster


@functools.cache
def root_words() -> frozenset[str]:
    """Indonesian root words from the Sastrawi stemmer's dictionary (about 30,000)."""
    text = resources.files("Sastrawi").joinpath("Stemmer", "data", "kata-dasar.txt").read_text("utf-8")
    return frozenset(word.strip() for word in text.splitlines() if word.strip())
