"""The contact centre's workbench (/werkplek/): a fast, keyboard-first screen where agents find
an answer with its internal notes, register the contact moment and give feedback on answers.

- access.py: who may use it (agents, editors, Beheerders, superusers) and the view decorator
- notes.py: the agents-only index of internal notes ("werkinstructie")
- lookup.py: find_answers plus internal-note matches, as one result list
- start_screen.py: recently opened answers (session) and "frequently searched today"
- plain_text.py: an answer as clean text, for the copy button
- forms.py: the contact moment and feedback on an answer (free text scrubbed)
- views.py, urls.py: the pages; templates/workbench/, kennisbank/static/kennisbank/
  js/workbench.js and css/workbench.css
- menu.py: "Werkplek" in the admin menu (registered in search/wagtail_hooks.py)

Feedback on answers is shown and handled in the admin by kennisbank.corrections.handling (the content
domain does not import search).

The pages render on the server and work without JavaScript; the script adds live results,
the shortcuts and the copy button.
"""
