"""transforms.language: codes, thresholds, sampling, determinism."""

import os
from pathlib import Path

import pytest
from langdetect.detector_factory import PROFILES_DIRECTORY

from expectations.vocab import LANGUAGE_CODES, UNKNOWN_LANGUAGE
from transforms import language
from transforms.language import detect_language, detect_languages, sample_text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The president met the prime minister on Tuesday to discuss trade.", "en"),
        ("Der Präsident traf am Dienstag den Ministerpräsidenten in Berlin.", "de"),
        ("Le président a rencontré le premier ministre mardi à Paris.", "fr"),
        ("El presidente se reunió el martes con el primer ministro en Madrid.", "es"),
        ("Il presidente ha incontrato martedì il primo ministro a Roma.", "it"),
        ("O presidente reuniu-se na terça-feira com o primeiro-ministro em Lisboa.", "pt"),
        ("De president ontmoette dinsdag de premier in Den Haag.", "nl"),
        ("Президент встретился во вторник с премьер-министром в Москве.", "ru"),
        ("主席星期二在北京会见了总理，双方讨论了贸易问题。", "zh"),
        ("التقى الرئيس رئيس الوزراء يوم الثلاثاء في القاهرة لمناقشة التجارة.", "ar"),
    ],
)
def test_detects_one_sentence_per_language(text, expected):
    code, confidence = detect_language(text)
    assert code == expected
    assert language.MIN_CONFIDENCE <= confidence <= 1.0


@pytest.mark.parametrize("text", ["", "ok", ":DDDDDDDD", "12345 678", "https://example.com/a/b/c"])
def test_too_short_or_letterless_is_unknown(text):
    assert detect_language(text) == (UNKNOWN_LANGUAGE, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "總統星期二在台北會見了行政院長，雙方討論了貿易與經濟問題。",  # traditional; langdetect says 'ko'
        "我们今天去北京看看天安门广场吧",  # simplified; langdetect says 'ko'
        "中华人民共和国是世界上人口最多的国家之一，首都是北京。",  # langdetect says 'zh-cn'
    ],
)
def test_chinese_is_stored_as_zh(text):
    assert detect_language(text)[0] == "zh"


def test_korean_with_hangul_stays_korean():
    assert detect_language("대통령은 화요일 서울에서 총리를 만나 무역 문제를 논의했다.")[0] == "ko"


def test_vocabulary_matches_langdetect_profiles():
    profiles = {language.LANGDETECT_CODE_MAP.get(p, p) for p in os.listdir(PROFILES_DIRECTORY)}
    assert profiles == LANGUAGE_CODES


def test_same_answer_whatever_ran_before():
    texts = ["very interesting", "Didn’t understand that.", "ha i was completely unaware that russia sanctioned iran"]
    first = detect_languages(texts)
    detect_languages(["Das ist etwas ganz anderes.", "¿Qué pasa aquí?"] * 3)
    assert detect_languages(list(reversed(texts))) == list(reversed(first))


def test_long_text_is_sampled_from_head_and_middle():
    text = "head " * 300 + "centre " * 300 + "tail " * 300
    sample = sample_text(text)
    assert len(sample) <= language.HEAD_CHARS + language.MIDDLE_CHARS + 1
    assert sample.startswith("head")
    assert "centre" in sample
    assert "tail" not in sample


def test_short_text_is_not_sampled():
    assert sample_text("short text") == "short text"


SEED_004_AUTHORS = {"RichardD", "velociraptor", "paul ( original )", "this name is better",
                    "IOLANTOH", "Ricky Miller", "The Latin Mass"}


def seed_004_comments() -> list[str]:
    """Comment bodies of seed 004: the blocks after 'View all comments' that
    are not an author line (the cleaner's job, hard-coded here)."""
    seeds = next((p / "shared" / "seeds" for p in Path(__file__).resolve().parents
                  if (p / "shared" / "seeds").is_dir()), Path("shared/seeds"))
    text = next(seeds.glob("004_*.txt")).read_text(encoding="utf-8")
    section = text.split("View all comments", 1)[1]
    blocks = [" ".join(b.split()) for b in section.split("\n\n") if b.strip()]
    return [b for b in blocks if b not in SEED_004_AUTHORS]


def test_seed_004_comments_are_english_or_too_short_to_tell():
    comments = seed_004_comments()
    assert len(comments) >= 14
    results = detect_languages(comments)
    assert {code for code, _ in results} <= {"en", UNKNOWN_LANGUAGE}
    for text, (code, _) in zip(comments, results):
        if language.count_letters(text) >= 25:
            assert code == "en", text


def _eval_texts() -> list[str]:
    eval_dir = Path(__file__).resolve().parents[1] / "eval" / "language"
    comments = [line.split("\t", 1)[1] for line in (eval_dir / "comments.tsv").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
    articles = [sample_text(p.read_text(encoding="utf-8")) for p in sorted((eval_dir / "long").glob("*.txt"))]
    return comments + articles


def test_vector_detector_answers_exactly_like_langdetect():
    """The numpy update gives langdetect's own probabilities, bit for bit, with 7 and 3 trials."""
    from langdetect.lang_detect_exception import LangDetectException

    def probabilities(detector, text, trials):
        detector.n_trial = trials
        detector.append(text)
        try:
            return [(found.lang, float(found.prob)) for found in detector.get_probabilities()]
        except LangDetectException:
            return None

    factory = language._factory()
    texts = _eval_texts()
    assert len(texts) > 100
    for trials in (7, language.LONG_TEXT_TRIALS):
        stock = [probabilities(factory.create(), text, trials) for text in texts]
        vector = [probabilities(language._VectorDetector(factory), text, trials) for text in texts]
        assert vector == stock
        assert sum(p is not None and len(p) > 1 for p in stock) >= 3  # close calls are compared too
