"""Reviewing goal changes between two revisions (goals review)."""
