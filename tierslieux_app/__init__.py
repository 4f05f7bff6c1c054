"""TiersLieux: participatory research records of a tiers-lieu, and its yearly observatory file."""

__version__ = "0.1.0"
