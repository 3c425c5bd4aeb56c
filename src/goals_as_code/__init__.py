"""goals-as-code: performance goals kept as Markdown files in Git, checked and reported."""

__version__ = "0.1.0.dev0"
