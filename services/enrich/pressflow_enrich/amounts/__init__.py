"""Amounts: sums of money with their currency and scale, normalised per the annotation guide."""
