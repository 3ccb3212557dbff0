"""The contact centre's workbench (/werkplek/): a fast, keyboard-first screen where agents find
an answer with its internal notes, register the contact moment and give feedback on answers.

- access.py: who may use it (agents, editors, Beheerders, superusers) and the view decorator
- notes.py: the agents-only index of internal notes ("werkinstructie")
- lookup.py: find_answers plus internal-note matches, as one result list
- plain_text.py: an answer as clean text, for the copy button
- forms.py, views.py, urls.py: the pages; templates/workbench/, kennisbank/static/kennisbank/
  js/workbench.js and css/workbench.css

The pages render on the server and work without JavaScript; the script adds live results,
the shortcuts and the copy button.
"""
