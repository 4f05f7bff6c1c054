"""Importing participants, projects, hours and outputs from a spreadsheet (XLSX or CSV).

The file is read (``reading``), its columns matched to fields (``mapping``), each
cell understood the French way (``parsing``), every row checked and previewed,
then the valid rows imported in one transaction (``importer``).
"""

from .importer import Preview, RowResult, preview_file, run_import, write_rejects
from .mapping import Mapping, guess_mapping, load_mapping, save_mapping
from .reading import Sheet, read_sheet
from .templates import KINDS, write_template

__all__ = [
    "KINDS",
    "Mapping",
    "Preview",
    "RowResult",
    "Sheet",
    "guess_mapping",
    "load_mapping",
    "preview_file",
    "read_sheet",
    "run_import",
    "save_mapping",
    "write_rejects",
    "write_template",
]
