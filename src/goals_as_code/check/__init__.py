"""Checking statement files: the problem record, the tree, the rules and the output formats."""
