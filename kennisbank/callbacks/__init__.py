"""Call-back requests: when the contact centre registers a contact moment with the result
"Terugbelverzoek", the department that must call back gets a task (handling.py): an e-mail to
its reminder addresses, a panel on its members' dashboard with the request's age (dashboard.py),
a list with "Gedaan" (views.py), and an escalation to the head of department when it is still
open after CALLBACK_DUE_WORKING_DAYS working days (send_review_reminders runs it)."""
