"""The Django side of readability: an answer's text scored by the pure scorer in
kennisbank.readability with the Redactie's officialese list (analysis.py, officialese.py), the
live side panel in the editor (panel.py, editor.py, views.py), the confirmation and warning when
an answer above B1 is published (publishing.py) and the department block on every publishing
path (blocking.py, bulk_publish.py). The report is kennisbank/reports/readability.py."""
