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

from django.core.wsgi import get_wsgi_application

CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]


# The document the server itself serves, not a copy: that is what clients read. Loading it needs no
# database; the generated requests below run against the test database with a few answers.
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


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
