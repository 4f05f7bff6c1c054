"""The yearly file for the Observatoire du TSR (format « observatoire-tsr » 1.0.0).

- ``descriptor``: the published Frictionless descriptor, read once (the single source);
- ``definitions*``: where that JSON is generated from (``python -m …definitions``);
- ``tables``: the rows of each table, streamed from the database;
- ``figures``: the per-project and ``indicateurs`` figures, each read once;
- ``xlsx_writer`` / ``csv_writer``: the two presentations, same values;
- ``safety``, ``digest``: cell cleaning, canonical CSV spelling and SHA-256 digest;
- ``exporter``: checks, then the atomic write (``export_steps`` / ``export_year``);
- ``checker``, ``consistency``: validation of a file against the descriptor;
- ``docs``: the human specification, docs/format-observatoire.md.
"""
