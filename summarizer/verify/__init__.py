"""The deterministic verifier: the numbers of a claim read as analysts write them, and each
checked against the release's facts, directly or through the arithmetic an analyst does."""
