"""Insights built on the indicators: spikes explained, headlines, the voice of the customer."""
