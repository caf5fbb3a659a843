"""What writes a summary: the built-in extractive engine, and a model through the OpenAI SDK
(client, prompts, numbered segments, chunking)."""
