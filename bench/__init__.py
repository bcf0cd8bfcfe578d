"""Benchmarks for Kechuang (`make bench`). They print figures and write JSON; never assert.

See bench/README.md.
"""
