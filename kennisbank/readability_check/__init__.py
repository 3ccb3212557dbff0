"""The Django side of readability: an answer's text scored by the pure scorer in
kennisbank.readability (analysis.py), the live panel in the editor (panel.py, views.py) and the
check when an answer is published (publishing.py). The report is kennisbank/reports/readability.py."""
