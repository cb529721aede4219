"""Weergave: resultaten → Markdown, Mermaid, SVG. Leest geen bestanden."""
