"""An agent's "feedback on an answer" is now a correction (AnswerCorrection); a citizen's vote
stays "helpfulness" in the search analytics."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0005_contact_registrations_and_feedback")]

    operations = [migrations.RenameModel("AnswerFeedback", "AnswerCorrection")]
