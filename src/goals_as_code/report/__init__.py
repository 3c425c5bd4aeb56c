"""The report: every goal at a revision, its progress, roll-ups and output formats."""
