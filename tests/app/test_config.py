from app.core.config import PasswordMissing, Settings


def test_blank_connection_settings_count_as_unset(monkeypatch, tmp_path):
    monkeypatch.setenv("NEO4J_URI", "")
    monkeypatch.setenv("NEO4J_PASSWORD", " ")
    monkeypatch.setenv("ENTENTE_HOME", str(tmp_path))
    monkeypatch.setenv("ENTENTE_BOLT_PORT", "12345")
    settings = Settings()
    assert settings.is_local
    assert settings.uri == "bolt://127.0.0.1:12345"
    try:
        settings.password
    except PasswordMissing as exc:
        assert "entente db start" in str(exc)
    else:
        raise AssertionError("expected PasswordMissing")


def test_remote_uri_means_nothing_local(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j+s://example.databases.neo4j.io")
    monkeypatch.setenv("NEO4J_PASSWORD", "from-env")
    settings = Settings()
    assert not settings.is_local
    assert settings.uri.startswith("neo4j+s://")
    assert settings.auth == ("neo4j", "from-env")


def test_defaults_bind_loopback():
    assert Settings().entente_host == "127.0.0.1"
