"""Data files shipped with the application (translations, icons, format descriptor)."""
