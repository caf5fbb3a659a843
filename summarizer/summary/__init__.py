"""The summary a model or the extractive engine fills: its pydantic model, loading, and the
check of every citation and number."""
