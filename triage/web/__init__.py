"""The review app: server-rendered pages and a JSON API over the register (see docs/review.md)."""
