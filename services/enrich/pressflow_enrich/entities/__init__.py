"""Entities: people, organisations and places from the NER spans, cleaned and typed by rules
and the gazetteer."""
