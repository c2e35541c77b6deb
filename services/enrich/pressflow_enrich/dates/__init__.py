"""Dates: the mentions a release makes (find_dates), the grammar of a day, relative dates, and
the release's own date (published_on)."""
