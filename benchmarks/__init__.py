"""Benchmarks: they report speed; the test suite checks correctness. Run all: python -m benchmarks.run_all"""
