"""The language evaluation set (tests/eval/language) and its floors."""

from benchmarks import eval_language as ev


def test_set_has_long_texts_and_comments_in_ten_languages():
    long_rows, comments = ev.load_long(), ev.load_comments()
    langs = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ar")
    assert all(sum(lang == code for lang, _ in long_rows) >= 3 for code in langs)
    assert all(len(text.split()) >= 150 for lang, text in long_rows if lang != "zh")
    assert len(comments) >= 60
    assert {lang for lang, _ in comments} >= set(langs)


def test_detector_meets_recorded_floors():
    assert ev.floor_failures(ev.overall()) == []
