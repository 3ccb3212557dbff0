"""Answers as VACs in an Objects API, for KISS and other Common Ground clients.

- client.py: the HTTP calls to the municipality's Objects API (timeouts, Dutch errors).
- outbox.py: changes queued in the database (models.VacSync) and delivered with back-off;
  the full reconcile behind `sync_objects_api --full`.
- signals.py: publish, unpublish, delete, move and sign-off queue a change; never a call out.
- serving.py and auth.py: our own Objects-API-compatible endpoint, for KISS to read from.
"""
