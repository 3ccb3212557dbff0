from django.test import RequestFactory
from django.views.defaults import server_error


def test_500_page_is_dutch_and_needs_no_database():
    # No django_db mark: any database query in the 500 page would fail this test.
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Er ging iets mis" in html
    assert '<html lang="nl"' in html
