import codecs

import pytest

from transforms.decode import DecodeError, decode_bytes, decode_raw, repair_text

GERMAN = "Über die Straße gehen wir müde nach Hause, sagte er."
FRENCH = "Le café était fermé à Noël — «très» grande déception."
SPANISH = "El niño comió jamón en España, señor."
TYPOGRAPHY = "“Smart quotes” and – dashes … cost €5"


@pytest.mark.parametrize(
    "raw, expected",
    [
        (GERMAN.encode("utf-8"), GERMAN),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), GERMAN),
        (GERMAN.encode("utf-16"), GERMAN),  # with BOM
        (GERMAN.encode("utf-16-le"), GERMAN),  # no BOM, detected
        (GERMAN.encode("utf-16-be"), GERMAN),  # no BOM, detected
        (GERMAN.encode("utf-32"), GERMAN),
        (GERMAN.encode("cp1252"), GERMAN),
        (FRENCH.encode("cp1252"), FRENCH),
        (TYPOGRAPHY.encode("cp1252"), TYPOGRAPHY),
        (SPANISH.encode("latin-1"), SPANISH),
        ("Привет, как дела? Это статья о новостях дня.".encode("cp1251"),
         "Привет, как дела? Это статья о новостях дня."),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "utf32", "cp1252-de",
         "cp1252-fr", "cp1252-typography", "latin1", "cp1251"],
)
def test_encodings_are_detected(raw, expected):
    assert decode_bytes(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"one\r\ntwo\r\n\r\nthree", "one\ntwo\n\nthree"),
        (b"one\rtwo\r\rthree", "one\ntwo\n\nthree"),
        ("one\r\ntwo".encode("utf-16"), "one\ntwo"),
    ],
)
def test_line_ends_become_lf(raw, expected):
    assert decode_bytes(raw) == expected


def test_mojibake_is_repaired():
    # UTF-8 read as Windows-1252 and saved again as UTF-8
    broken = "The cafÃ©â€™s owner said â€œnoâ€\x9d.".encode("utf-8")
    assert decode_bytes(broken) == "The café’s owner said “no”."


def test_nul_and_control_characters_are_removed_tab_and_newline_kept():
    assert decode_bytes(b"Hello\x00 world\x07\x1b\n\tindented\x0b") == "Hello world\n\tindented"


def test_nul_padding_after_text_is_not_binary():
    assert decode_bytes(b"An article cut short.\n" + b"\x00" * 600) == "An article cut short.\n"


def test_typography_is_left_alone():
    text = "“Quoted” ﬁne – ＡＢＣ"
    assert repair_text(text) == text


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(30), "ZIP"),
        (b"\x1f\x8b\x08\x00" + bytes(20), ".gz"),
        (bytes(range(256)) * 8, "control bytes"),
        (b"x\x00\x01\x02\x03" * 50, "control bytes"),
    ],
    ids=["png", "pdf", "zip", "gzip", "all-bytes", "many-nuls"],
)
def test_binary_data_is_refused_with_a_reason(raw, reason):
    with pytest.raises(DecodeError, match=reason) as info:
        decode_bytes(raw)
    assert isinstance(info.value, ValueError)
    assert "remove" in str(info.value) or "name the file" in str(info.value)


@pytest.mark.parametrize("raw", [b"", b"   \n\t \r\n", b"\x00\x00\x00", "  \n".encode("utf-16")])
def test_empty_input_is_refused(raw):
    with pytest.raises(DecodeError, match="empty|no text"):
        decode_bytes(raw)


def test_decode_raw_does_not_repair():
    assert decode_raw(b"a\r\nb") == "a\r\nb"
