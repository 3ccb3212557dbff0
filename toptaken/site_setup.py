"""Building a municipality's public site in an empty (or freshly migrated) database: the home
page in place of Wagtail's welcome page, and the standard information pages. Used by
`setup_municipality` for a real municipality and by `load_demo_content` for the demo."""

from django.utils.text import slugify

from wagtail.models import Page, Site

from toptaken.models import HomePage, InformationPage


def install_home_page(title: str, intro: str) -> HomePage:
    """The site's home page (made when there is none) as the root of the default site. The
    "Welcome to your new Wagtail site!" page of a fresh install goes: it is of no use to anyone."""
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title=title, slug=slugify(title) or "home", intro=intro)
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name=home.title
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = home.title
        site.save()
        if type(old_root.specific) is Page:
            # What was made under the welcome page before (answers imported first: the import
            # works on an empty database) moves to the new home page; left behind, every
            # imported answer had no address on the site.
            for child in old_root.get_children():
                if not home.get_children().filter(slug=child.slug).exists():
                    child.move(home, pos="last-child")
            if not old_root.get_children().exists():
                old_root.delete()
    return home


def serve_demo_locally(site: Site, hostname: str = "127.0.0.1", port: int = 8000) -> None:
    """The demo is served by `make run` at http://127.0.0.1:8000: full links (the
    Samenwerkende Catalogi feed, VACs, e-mails) must point there, not to Wagtail's default
    http://localhost. A site someone has given another address keeps it."""
    if (site.hostname, site.port) == ("localhost", 80):
        site.hostname, site.port = hostname, port
        site.save()


def add_information_pages(home: HomePage, pages: list[dict]) -> int:
    """The pages (slug, title, body) that are not there yet; returns how many were made."""
    made = 0
    for data in pages:
        if InformationPage.objects.child_of(home).filter(slug=data["slug"]).exists():
            continue
        page = InformationPage(
            title=data["title"], slug=data["slug"], body=" ".join(data["body"].split())
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        made += 1
    return made
