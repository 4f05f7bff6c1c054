"""Services: the only way the UI, the CLI and the exports read and change data (plain dicts in and out)."""
