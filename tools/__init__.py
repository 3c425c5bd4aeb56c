"""Generators of the project's derived files (README parts, man pages); not shipped in the wheel."""
