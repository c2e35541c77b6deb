"""The read side: filters, queries, facets, search, exports and profiles over the stored archive."""
