from toptaken.standard_pages import information_pages


def bodies(**details):
    return {page["slug"]: page["body"] for page in information_pages(**details)}


def test_both_ways_of_contact_are_named():
    pages = bodies(phone="14 0999", email="info@zuidwaarde.nl", privacy_email="fg@zuidwaarde.nl")
    assert 'Mail dan naar <a href="mailto:fg@zuidwaarde.nl">' in pages["privacyverklaring"]
    assert "U kunt ook bellen met 14 0999." in pages["privacyverklaring"]
    assert "Bel 14 0999 of mail naar" in pages["toegankelijkheidsverklaring"]


def test_without_any_way_of_contact_staff_see_what_to_fill_in():
    for body in bodies().values():
        assert "[vul in: telefoonnummer of e-mailadres]" in body
        assert "mailto:" not in body


def test_details_are_text_not_markup():
    pages = bodies(phone="<b>14</b>")
    assert "&lt;b&gt;14&lt;/b&gt;" in pages["privacyverklaring"]
