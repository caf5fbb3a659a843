"""summarizer: earnings-release summaries whose every claim is cited and every number is checked."""

from __future__ import annotations

from . import regex_cache

regex_cache.load()  # before any module compiles its patterns: see regex_cache

__all__ = ["load_document", "extract_figures", "__version__"]
__version__ = "0.1.0"


def __getattr__(name: str):
    if name == "load_document":
        from .ingest.load import load_document

        return load_document
    if name == "extract_figures":
        from .figures.extract import extract_figures

        return extract_figures
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
