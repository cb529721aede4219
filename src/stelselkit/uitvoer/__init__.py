"""Uitvoer: wat het proces verlaat (schrijven, exports, lekcontrole)."""
