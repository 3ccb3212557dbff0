"""The security headers of kennisbank.settings.production, on every kind of public response.

The production settings are read as production reads them (tests/browser/harness.py) and laid
over the test settings, so these tests check the real policy, not a copy of it.
"""

import pytest

from tests.browser.harness import production_security_settings

HTTPS = {"secure": True}  # production sits behind a TLS proxy; plain HTTP is redirected


@pytest.fixture
def production(settings, home, contact_settings):
    for name, value in production_security_settings().items():
        setattr(settings, name, value)
    # A URL that fails, for the 500 page.
    settings.ROOT_URLCONF = "tests.browser.urls"
    return settings


def policy(response) -> dict[str, list[str]]:
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: sources for name, *sources in directives}


@pytest.mark.django_db
class TestSecurityHeaders:
    @pytest.mark.parametrize(
        ("url", "status"),
        [
            ("/", 200),
            ("/zoeken/?q=paspoort", 200),
            ("/bestaat-niet/", 404),
            ("/testfout/", 500),
            ("/api/search/?q=paspoort", 200),
        ],
    )
    def test_every_public_response_has_them(self, client, production, url, status):
        client.raise_request_exception = False
        response = client.get(url, **HTTPS)
        assert response.status_code == status
        assert (
            response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
        )
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        for feature in ("camera", "microphone", "geolocation", "payment", "browsing-topics"):
            assert f"{feature}=()" in response["Permissions-Policy"]
        assert "Content-Security-Policy" in response

    def test_content_security_policy_allows_only_own_files_and_no_inline_code(
        self, client, production
    ):
        directives = policy(client.get("/", **HTTPS))
        assert directives["default-src"] == ["'none'"]
        assert directives["script-src"] == ["'self'"]
        assert directives["style-src"] == ["'self'"]
        assert directives["connect-src"] == ["'self'"]
        assert directives["form-action"] == ["'self'"]
        assert directives["frame-ancestors"] == ["'none'"]
        assert directives["base-uri"] == ["'none'"]
        everything = " ".join(sum(directives.values(), []))
        assert "unsafe" not in everything  # neither 'unsafe-inline' nor 'unsafe-eval'
        assert "http" not in everything  # no other hosts

    def test_admin_is_left_out_of_the_policy_until_wagtail_supports_it(self, client, production):
        # wagtail/wagtail#7053: the admin still needs inline scripts. It keeps the other headers.
        response = client.get("/admin/login/", **HTTPS)
        assert "Content-Security-Policy" not in response
        assert response["X-Frame-Options"] == "DENY"
        assert "Strict-Transport-Security" in response

    def test_plain_http_is_redirected_to_https(self, client, production):
        response = client.get("/vragen/")
        assert response.status_code == 301
        assert response["Location"] == "https://testserver/vragen/"

    def test_cookies_are_secure(self, client, production, django_user_model):
        django_user_model.objects.create_superuser("beheerder", password="geheim-en-lang-genoeg")
        response = client.post(
            "/admin/login/",
            {"username": "beheerder", "password": "geheim-en-lang-genoeg"},
            **HTTPS,
        )
        assert response.status_code == 302
        session, csrf = response.cookies["sessionid"], response.cookies["csrftoken"]
        assert session["secure"] and session["httponly"]
        assert csrf["secure"]
        assert session["samesite"] == csrf["samesite"] == "Lax"

    def test_public_pages_set_no_cookies(self, client, production):
        for url in ("/", "/zoeken/?q=paspoort", "/bestaat-niet/", "/api/suggest/?q=pas"):
            assert client.get(url, **HTTPS).cookies == {}, url
