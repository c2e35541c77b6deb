"""The watched folder: files in, moved to .processed/ or .failed/ with one journal line each."""
