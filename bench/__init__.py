"""Benchmarks for brief: ``python bench/run.py`` (see bench/run.py)."""
