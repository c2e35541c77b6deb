"""Words the steps share: month and weekday names in French and English, spelled-out numbers."""
