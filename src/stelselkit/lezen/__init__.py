"""Lezen: schijf en git → gevalideerde modellen. Weet niets van analyses."""
