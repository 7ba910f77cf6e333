"""Labelled sets of news-style sentences for tuning the extractor (see score.py); not collected by pytest."""
