"""Links across the archive: copies and revisions of one release, one entity under its many names."""
