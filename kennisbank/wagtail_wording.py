"""Wagtail's own admin texts that Kennisbank words differently in Dutch.

Wagtail's Dutch translation speaks to editors with "je" and "jouw", where everything of ours
says "u"; some of its words are jargon ("Workflow annuleren", "Checks"); and two of its
"1-50 van 119 antwoorden" headers lost their spaces ("1-50van 119antwoorden"). The project's catalogue (LOCALE_PATHS) comes before Wagtail's, so a msgid of
Wagtail translated there wins. This list only keeps those msgids in the catalogue when
`make messages` runs (makemessages drops msgids that no source file marks); it is never
imported at run time. These are the texts editors and departments see in their daily work:
the dashboard, the page editor, refusals and confirmations.
"""

from django.utils.translation import gettext_noop

WAGTAIL_MSGIDS = (
    # Listing headers
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in '<span "
        'class="w-title-ellipsis">%(title)s</span>\'.'
    ),
    gettext_noop("No %(model_name)s match your query."),
    # Dashboard
    gettext_noop("Your locked pages"),
    gettext_noop("Your pages and snippets in a workflow"),
    gettext_noop("Awaiting your review"),
    # Refusals
    gettext_noop("Sorry, you do not have permission to access this area."),
    gettext_noop("You do not have permission to access the admin."),
    gettext_noop("Sorry, you cannot create a page at this location."),
    # The page editor
    gettext_noop("The page title as you'd like it to be seen by the public"),
    gettext_noop(
        "Keyboard shortcuts are currently disabled; manage your %(account_link)s to enable them."
    ),
    gettext_noop(
        "Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."
    ),
    gettext_noop("Choose which type of page you'd like to create."),
    gettext_noop("Are you sure you want to delete this page?"),
    gettext_noop("Are you sure you want to unpublish this page?"),
    gettext_noop("Would you still like to publish this page?"),
    gettext_noop("Save your changes before leaving"),
    gettext_noop("You have <span>unsaved edits</span>"),
    gettext_noop("This page is locked, by you, to further editing"),
    gettext_noop("Locked by <b>you</b> at <b>%(locking_date)s</b>"),
    gettext_noop("You saved a new version in another window"),
    gettext_noop("You have unsaved changes in another window"),
    gettext_noop("Alternatively, you can view the latest version in a new tab."),
    # The approval of a change ("workflow" is a word for developers; departments see these)
    gettext_noop("Restart workflow "),
    gettext_noop("Cancel workflow "),
    gettext_noop("Workflow on page '%(page_title)s' has been cancelled."),
    gettext_noop("Workflow on page '%(page_title)s' has been restarted."),
    gettext_noop("Publishing this page will cancel the current workflow."),
    gettext_noop("Workflow history"),
    gettext_noop("Workflow progress"),
    # The editor's side panel
    gettext_noop("Checks"),
    gettext_noop("Content metrics"),
    # Account
    gettext_noop("You have been successfully logged out."),
    gettext_noop("Your account settings have been changed successfully!"),
)
