"""KT2xx figures: fractions and percentages, shares of totals, parts that add up, tables, repeated quantities."""
