"""The HTTP adapter: the JSON API and the server-rendered pages over the read side."""
