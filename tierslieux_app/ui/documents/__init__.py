"""Documents (attestation, reports, valuation): rendering to PDF and printer, and the window's actions."""
