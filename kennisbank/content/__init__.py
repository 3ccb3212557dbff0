"""The content of an answer beyond its model fields: the StreamField blocks of the full answer,
its plain-text form (import, export, demo content), the JSON Lines import and the opening hours
of the contact channels."""
