"""Opdrachten: het werk van één opdracht; geeft waarden terug, print niets."""
