"""goals-as-code: performance goals kept as Markdown files in Git, checked and reported."""

__version__ = "0.1.0.dev0"

# Where the project lives: its issues, and the rules' documentation that SARIF links to.
HOME = "https://github.com/goals-as-code/goals-as-code"
ISSUES = f"{HOME}/issues"
