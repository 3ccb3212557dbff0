"""Corrections: a contact-centre colleague reports that an answer is wrong, outdated or
incomplete. The report goes to the owner department (dashboard, reminder digest) and to the
Redactie until someone marks it handled. (A citizen's "Was this helpful?" is helpfulness, kept
by the search analytics.)"""
