from django.db import models


class RateLimitWindow(models.Model):
    """Requests of one client in one minute (search.ratelimit), counted in the database with
    one atomic UPDATE per request, so that every worker on every server counts the same."""

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    window = models.BigIntegerField(db_index=True)

    def __str__(self):
        return f"{self.key}: {self.count}"
