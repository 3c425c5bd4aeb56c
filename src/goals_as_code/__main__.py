from goals_as_code.cli import run

run()
