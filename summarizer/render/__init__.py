"""Renderers: value types in, text out, no I/O."""
