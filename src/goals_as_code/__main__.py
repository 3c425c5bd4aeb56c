from goals_as_code.cli.main import main

raise SystemExit(main())
