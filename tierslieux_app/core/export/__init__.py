"""Writing the yearly file for the Observatoire du TSR (the format itself is in ``core/format``).

- ``tables``: the rows of each table, streamed from the database as named rows, each column
  filled from its declaration's ``source`` or computed by its table's producer;
- ``figures``: the per-project and ``indicateurs`` figures, each read once;
- ``xlsx_writer`` / ``csv_writer``: the two presentations, same values;
- ``safety``: cell cleaning and the CSV formula escape;
- ``exporter``: checks, then the atomic write (``export_steps`` / ``export_year``).
"""
