import pytest

from transforms.publishers import canonical_publisher


@pytest.mark.parametrize(
    "given, expected",
    [
        ("WSWS", "World Socialist Web Site"),
        ("www.wsws.org", "World Socialist Web Site"),
        ("https://www.wsws.org/", "World Socialist Web Site"),
        ("palmerreport", "Palmer Report"),
        ("Palmer Report", "Palmer Report"),
        ("strategic-culture.org", "Strategic Culture Foundation"),
        ("nytimes", "The New York Times"),
        ("www.unknown-outlet.example", "unknown-outlet.example"),
        ("The Harbour Ledger", "The Harbour Ledger"),
        ("  ", None),
        (None, None),
    ],
)
def test_canonical_publisher(given, expected):
    assert canonical_publisher(given) == expected
