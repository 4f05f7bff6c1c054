"""The observatory format « observatoire-tsr »: the contract between a tiers-lieu and the observatory.

Everything that says what the yearly file is lives here, once; ``core/export`` writes files of
this format, ``core/observatory`` reads, imports and reports them:

- ``definitions*``: one declaration per exported column (type, constraints, French label,
  description, example, ``source``, whether the export blocks without it);
- ``descriptor``: the format as the code uses it, built from the declarations; the published
  Data Package descriptor is generated from them (``python -m …format.definitions``);
- ``presentation``, ``digest``: how the workbook is laid out and values are spelled, and the
  fingerprint of the values;
- ``readers``: a file of either presentation read as canonical texts (``open_source``,
  ``check_file``);
- ``validator``: the field rules (standard Table Schema, as frictionless reads them), keys and
  metadata; ``coherence``: the numbered rules Table Schema cannot say;
- ``docs``, ``texts``: the human specification (docs/format-observatoire.md);
- ``publication``: the ``schema/`` folder published for schema.data.gouv.fr.
"""
