"""Performance measured as ratios to the raw dependency doing the same work in the same run."""
