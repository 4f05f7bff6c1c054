"""The observatory format « observatoire-tsr »: the contract between a tiers-lieu and the observatory.

Everything that says what the yearly file is lives here, once: the column declarations, the
published descriptor and per-table schemas generated from them, the human specification, the
validator (field rules in standard Table Schema) and the numbered coherence rules. ``core/export``
writes files of this format; ``core/observatory`` reads, imports and reports them.
"""
