"""``python -m casebook``: see casebook.cli."""
from casebook.cli import main

raise SystemExit(main())
