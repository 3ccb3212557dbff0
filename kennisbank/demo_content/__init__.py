"""Demo content for Kennisbank: the fictional Gemeente Voorbeeldstad.

This package holds plain data only (dicts and lists, no Django imports).
A management command or test can load it to fill an empty site with
departments, answers, top tasks and contact details. All citizen-facing
text is written in plain Dutch at language level B1. Names, fees, times
and addresses are fictional, but plausible for a Dutch municipality in 2026.
"""
