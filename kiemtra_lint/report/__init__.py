"""Outputs: one module per format."""
