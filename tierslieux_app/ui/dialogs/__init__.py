"""Dialogs about the database file itself: damaged, in use elsewhere, erasure of a person."""
