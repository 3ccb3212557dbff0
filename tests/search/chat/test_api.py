import datetime
import json
import zoneinfo

import pytest

from search.chat.dialogue import MAX_SUGGESTIONS
from search.chat.handoff import contact_channels

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def chat(client, message, session_id=None, **extra):
    body = json.dumps({"message": message, "session_id": session_id})
    return client.post("/api/chat/", body, content_type="application/json", **extra)


@pytest.mark.django_db
def test_openapi_document_describes_the_chat_replies(client, answers):
    schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
    for message in ("Wanneer halen jullie het grofvuil op?", "Wanneer is de ijsbaan open?"):
        data = chat(client, message).json()
        assert set(data) == set(schemas["ChatReply"]["required"])
        for answer in [data["answer"] or {}, *data["suggestions"]]:
            assert set(answer) <= set(schemas["Answer"]["properties"])
        for channel in (data["handoff"] or {}).get("channels", []):
            assert set(channel) == set(schemas["Channel"]["required"])
    assert data["handoff"]  # the second message was handed over
    assert schemas["ChatReply"]["properties"]["suggestions"]["maxItems"] == MAX_SUGGESTIONS


@pytest.mark.django_db
class TestBehaviour:
    def test_clear_match_gets_the_short_answer_and_a_link(self, client, answers):
        data = chat(client, "Wanneer halen jullie het grofvuil op?").json()
        assert data["answer"]["title"] == "Wanneer wordt het grofvuil opgehaald?"
        assert data["reply"] == "Wij halen grofvuil op afspraak op, op dinsdag."
        assert data["answer"]["url"].endswith("/vragen/" + answers["waste"].slug + "/")
        assert data["handoff"] is None
        assert 0 < data["confidence"] <= 1

    def test_close_matches_get_a_clarifying_question(self, client, answers):
        data = chat(client, "paspoort").json()
        assert data["answer"] is None
        assert data["reply"] == "Bedoelt u een van deze vragen?"
        assert {s["title"] for s in data["suggestions"]} == {
            "Hoe vraag ik een paspoort aan?",
            "Wat kost een paspoort?",
        }

    def test_nothing_good_is_an_honest_handover(self, client, answers):
        data = chat(client, "Wanneer is de ijsbaan in het park open?").json()
        assert data["answer"] is None
        assert data["reply"].startswith("Daar heb ik geen goed antwoord op")
        assert [channel["name"] for channel in data["handoff"]["channels"]] == [
            "Telefoon",
            "E-mail",
        ]
        phone = data["handoff"]["channels"][0]
        assert (phone["kind"], phone["contact"]) == ("phone", "14 0123")
        # A full address: a WhatsApp bridge passes it on to someone outside this site.
        assert data["handoff"]["all_hours_url"] == "http://testserver/contact/"

    def test_handoff_links_act_on_each_channel_and_carry_its_note(
        self, client, answers, contact_settings
    ):
        contact_settings.channels.append(
            (
                "channel",
                {
                    "name": "WhatsApp",
                    "kind": "whatsapp",
                    "contact": "06 1234 0123",
                    "note": "",
                    "hours": [],
                },
            )
        )
        contact_settings.channels.append(
            (
                "channel",
                {
                    "name": "Balie",
                    "kind": "counter",
                    "contact": "Markt 1",
                    "note": "Alleen op afspraak.",
                    "hours": [],
                },
            )
        )
        contact_settings.save()
        channels = chat(client, "Ik wil graag een medewerker spreken").json()["handoff"]["channels"]
        assert [(channel["href"], channel["note"]) for channel in channels] == [
            ("tel:140123", ""),
            ("mailto:info@voorbeeldstad.example", ""),
            # A WhatsApp-only number takes no calls: the link opens a chat.
            ("https://wa.me/31612340123", ""),
            # Without the note a citizen would walk in and be sent away.
            ("", "Alleen op afspraak."),
        ]

    def test_asking_for_a_person_hands_over(self, client, answers):
        data = chat(client, "Ik wil graag een medewerker spreken").json()
        assert data["handoff"]["reason"] == "U vroeg om een medewerker."
        assert data["handoff"]["channels"]

    @pytest.mark.parametrize(
        ("message", "start"),
        [
            ("Hallo!", "Hallo!"),
            ("Dank je wel", "Graag gedaan"),
            # "help" alone once got the answer about help finding work.
            ("help", "Ik zoek antwoorden op vragen over de gemeente."),
            ("Hallo, ik heb een vraag", "Ik zoek antwoorden op vragen over de gemeente."),
            ("Ben je een robot?", "Ik ben de digitale assistent van de gemeente: een computer"),
        ],
    )
    def test_greetings_and_thanks(self, client, answers, message, start):
        data = chat(client, message).json()
        assert data["reply"].startswith(start)
        assert data["answer"] is None and data["handoff"] is None

    def test_follow_up_stays_within_the_topic(self, client, answers):
        first = chat(client, "Hoe vraag ik een paspoort aan?").json()
        assert first["answer"]["title"] == "Hoe vraag ik een paspoort aan?"
        follow_up = chat(client, "en wat kost dat?", first["session_id"]).json()
        assert follow_up["session_id"] == first["session_id"]
        assert follow_up["answer"]["title"] == "Wat kost een paspoort?"

    def test_without_the_session_a_follow_up_is_not_understood(self, client, answers):
        assert chat(client, "en wat kost dat?").json()["answer"] is None

    def test_no_internal_notes_and_no_cookies(self, client, answers):
        response = chat(client, "Hoe vraag ik een paspoort aan? controleer brp")
        assert "INTERN-5521" not in response.content.decode()
        assert not response.cookies


@pytest.mark.django_db
class TestBadInput:
    @pytest.mark.parametrize("message", ["", "   ", "x" * 1001])
    def test_empty_or_too_long_is_a_dutch_400(self, client, answers, message):
        response = chat(client, message)
        assert response.status_code == 400
        assert response.json()["error"] in {
            "Typ een bericht.",
            "Uw bericht is te lang. Gebruik maximaal 1.000 tekens.",
        }

    @pytest.mark.parametrize("body", ["{niet json", "[1, 2]", '{"message": 5}', ""])
    def test_malformed_json_is_a_dutch_400(self, client, answers, body):
        response = client.post("/api/chat/", body, content_type="application/json")
        assert response.status_code == 400
        assert response.json()["error"]

    @pytest.mark.parametrize("message", [5, ["paspoort"], {"tekst": "paspoort"}, True])
    def test_a_message_that_is_no_text_is_named_so(self, client, answers, message):
        body = json.dumps({"message": message})
        response = client.post("/api/chat/", body, content_type="application/json")
        assert response.status_code == 400
        assert response.json()["error"] == "Het bericht moet tekst zijn."

    @pytest.mark.parametrize(
        "message", ["🙂🙂🙂", "<script>alert(1)</script>", "\x00", "مرحبا كيف حالك"]
    )
    def test_odd_messages_never_break(self, client, answers, message):
        response = chat(client, message)
        assert response.status_code == 200
        assert "<script>" not in response.content.decode()

    def test_unknown_session_starts_a_new_one(self, client, answers):
        data = chat(client, "Hallo", "bestaat-niet-maar-wel-lang-genoeg").json()
        assert data["session_id"] != "bestaat-niet-maar-wel-lang-genoeg"
        assert len(data["session_id"]) >= 16

    def test_a_session_id_we_never_issued_is_not_looked_up(self, client, answers, recwarn):
        # Spaces and control characters are no id of ours, and must not reach a cache key.
        data = chat(client, "Hallo", "Share of all demand with spaces\x01").json()
        assert data["session_id"] != "Share of all demand with spaces\x01"
        assert not [w for w in recwarn if "CacheKeyWarning" in type(w.message).__name__]

    def test_only_post(self, client, answers):
        assert client.get("/api/chat/").status_code == 405

    def test_rate_limited_per_ip(self, client, answers, settings):
        settings.API_RATE_LIMIT = 2
        assert [chat(client, "Hallo").status_code for _ in range(3)] == [200, 200, 429]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("moment", "phone_open", "hours"),
    [
        (
            datetime.datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM),
            True,
            "8.30–17.00 uur",
        ),  # Monday morning
        (
            datetime.datetime(2026, 11, 23, 20, 0, tzinfo=AMSTERDAM),
            False,
            "8.30–17.00 uur",
        ),  # Monday evening
        (datetime.datetime(2026, 11, 28, 10, 0, tzinfo=AMSTERDAM), False, "gesloten"),  # Saturday
        (
            datetime.datetime(2026, 12, 25, 10, 0, tzinfo=AMSTERDAM),
            False,
            "gesloten (Eerste Kerstdag)",
        ),
    ],
)
def test_handover_channels_know_whether_they_are_open(contact_settings, moment, phone_open, hours):
    phone, email = contact_channels(moment)
    assert (phone["open_now"], phone["hours_today"]) == (phone_open, hours)
    assert email["open_now"] is True


@pytest.mark.django_db
def test_before_the_channels_are_filled_in_the_handover_gives_the_general_details(
    client, answers, contact_settings
):
    """A new site's hand-over said "Een medewerker helpt u graag verder:" above nothing."""
    from kennisbank.models import MunicipalitySettings

    contact_settings.channels = []
    contact_settings.save()
    municipality = MunicipalitySettings.for_site(contact_settings.site)
    municipality.phone, municipality.email = "14 0999", "info@zuidwaarde.nl"
    municipality.save()
    channels = chat(client, "Wanneer is de ijsbaan in het park open?").json()["handoff"]["channels"]
    assert [(c["name"], c["contact"], c["href"]) for c in channels] == [
        ("Telefoon", "14 0999", "tel:140999"),
        ("E-mail", "info@zuidwaarde.nl", "mailto:info@zuidwaarde.nl"),
    ]
    # No opening hours are known: not "Gesloten".
    assert (channels[0]["hours_today"], channels[0]["always_available"]) == ("", False)
    assert channels[1]["always_available"]
