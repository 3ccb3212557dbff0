"""The OpenAPI document and the server agree: schemathesis generates requests for every operation.

The checks are the ones the production issue names: no server error, and every status code, content
type and response body is one the document promises.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]


# The document the server itself serves, not a copy: that is what clients read. Loading it needs no
# database; the generated requests below run against the test database with a few answers.
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """The requests go through the WSGI app, which closes the database connection after each
    one; Django's own test client switches that off, so the test's transaction survives (on
    PostgreSQL the closed connection would fail every next request)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    # The database fixture is function-scoped on purpose: every example sees the same answers.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@pytest.mark.django_db
def test_every_operation_keeps_its_contract(case, answers):
    case.call_and_validate(checks=CHECKS)
