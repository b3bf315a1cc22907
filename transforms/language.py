"""Language of a text with langdetect: ISO 639-1 code and confidence.

`detect_language(text)` returns `(code, probability of the top language)`, or
`('unknown', 0.0)` when the text is too short or the detector is unsure.

Determinism.  langdetect draws random n-gram samples.  We never touch its
global factory: one private `DetectorFactory` is built on first use with
`seed = 0`, and every call creates a fresh detector from it; each detector
re-seeds its own `random.Random` with that seed before sampling, so the answer
for a text is the same whatever was detected before it, in any process.

Speed.  langdetect spends most of its time multiplying 55 language
probabilities by an n-gram's 55 weights in a Python loop, hundreds of times
per text.  `_VectorDetector` is langdetect's own `Detector` with that update
and the normalisation done on numpy arrays: element by element the same
float64 additions, multiplications and divisions, the sum still added up in
langdetect's order, so the answers are bit for bit the same
(tests/transforms/test_language.py compares them) at about 2/3 of the cost.

Sampling.  Long texts are not fed whole: the detector sees the first
`HEAD_CHARS` characters plus a `MIDDLE_CHARS` slice from the middle (cut at
spaces).  Measured on tests/eval/language (benchmarks/eval_language.py): the
sample is as accurate as the full text on every long text, and detection time
no longer grows with the length of the article.

Thresholds (measured, see docs/language.md for the table):
- `MIN_LETTERS`: fewer letters than this -> 'unknown'.  Below it the detector
  is a coin toss ("ok", "lol", ":DDDD").
- `MIN_CONFIDENCE`: a top-language probability below this -> 'unknown'.
  Wrong answers on one-sentence comments come with low probabilities;
  right ones are almost all above 0.9.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import numpy as np
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import LangDetectException

from expectations.vocab import LANGUAGE_CODES, UNKNOWN_LANGUAGE

# --- sampling of long texts (see module docstring) -------------------------
HEAD_CHARS = 600
MIDDLE_CHARS = 300

# --- trials: langdetect averages 7 random-walk trials (its default) ----------
# A long text converges in every trial (top probability 1.0000 on all 30 long
# texts of tests/eval/language), so 3 trials give the same answer at 3/7 of
# the cost; short texts (comments) keep all 7.
LONG_TEXT_CHARS = 400
LONG_TEXT_TRIALS = 3

# --- thresholds, chosen by measurement (docs/language.md) -------------------
MIN_LETTERS = 12
MIN_CONFIDENCE = 0.80

# langdetect's script variants of Chinese are stored as ISO 639-1 'zh'.
LANGDETECT_CODE_MAP = {"zh-cn": "zh", "zh-tw": "zh"}

SEED = 0

# Korean is written in Hangul; Japanese always has kana.  langdetect's 'ko'
# profile also holds Chinese characters (Hanja) and answers 'ko' with p~1.0
# for many short Chinese sentences (measured: docs/language.md), so a 'ko'
# answer on a text without a single Hangul syllable is corrected by script.
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
CJK_WEIGHT = 3

_URL_OR_MAIL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+")


@functools.lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    """The detector factory, profiles loaded once (read-only afterwards)."""
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(SEED)
    return factory


@functools.lru_cache(maxsize=1)
def _weights() -> tuple[dict[str, int], np.ndarray]:
    """Every profile n-gram's row in one (n-grams x languages) float64 matrix, built once
    per process (~40 MB, the same whatever is detected later: memory stays flat)."""
    table = _factory().word_lang_prob_map
    rows = {word: i for i, word in enumerate(table)}
    return rows, np.array(list(table.values()), dtype=np.float64)


class _VectorDetector(Detector):
    """langdetect's Detector, its two per-language loops as numpy operations (same answers)."""

    def __init__(self, factory: DetectorFactory):
        super().__init__(factory)
        self._rows, self._matrix = _weights()

    def _init_probability(self):
        if self.prior_map is not None:
            return np.array(self.prior_map, dtype=np.float64)
        return np.full(len(self.langlist), 1.0 / len(self.langlist))

    def _update_lang_prob(self, prob, word, alpha):
        row = self._rows.get(word) if word is not None else None
        if row is None:
            return False
        prob *= alpha / self.BASE_FREQ + self._matrix[row]
        return True

    def _normalize_prob(self, prob):
        prob /= sum(prob.tolist())  # langdetect adds them up left to right
        return float(prob.max())


def sample_text(text: str) -> str:
    """The part of `text` given to the detector: all of a short text, else
    the first HEAD_CHARS characters plus a MIDDLE_CHARS slice from the middle,
    both cut at whitespace so no word is split."""
    if len(text) <= HEAD_CHARS + MIDDLE_CHARS:
        return text
    head = text[:HEAD_CHARS]
    cut = head.rfind(" ")
    if cut > HEAD_CHARS // 2:
        head = head[:cut]
    mid_start = len(text) // 2
    space = text.find(" ", mid_start)
    if space != -1 and space - mid_start < 100:
        mid_start = space + 1
    middle = text[mid_start : mid_start + MIDDLE_CHARS]
    cut = middle.rfind(" ")
    if cut > MIDDLE_CHARS // 2:
        middle = middle[:cut]
    return head + "\n" + middle


def count_letters(text: str) -> int:
    """Letters in `text` (URLs and e-mail addresses excluded), a Chinese,
    Japanese or Korean character counting CJK_WEIGHT letters: one carries
    about as much as a short word (measured: langdetect is right on every
    2-character Chinese fragment of tests/eval/language, docs/language.md)."""
    text = _URL_OR_MAIL.sub(" ", text)
    total = 0
    for ch in text:
        if _CJK.match(ch):
            total += CJK_WEIGHT
        elif unicodedata.category(ch).startswith("L"):
            total += 1
    return total


def _script_code(code: str, text: str) -> str:
    """'ko' without Hangul is Japanese (kana present) or Chinese (Han only)."""
    if code == "ko" and not _HANGUL.search(text):
        if _KANA.search(text):
            return "ja"
        if _HAN.search(text):
            return "zh"
    return code


def top_language(text: str, trials: int | None = None) -> tuple[str, float]:
    """The detector's best guess for exactly `text` (no sampling, no
    thresholds): (code, probability), or ('unknown', 0.0) without features.
    Used by detect_language and by the threshold measurements. `trials`:
    langdetect's number of trials (default: its own, 7)."""
    detector = _VectorDetector(_factory())
    if trials:
        detector.n_trial = trials
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:  # no usable n-grams (digits, symbols, ...)
        return UNKNOWN_LANGUAGE, 0.0
    # 'zh-cn' and 'zh-tw' share one code, and so does a 'ko' that the script
    # rules out: their probabilities add up.
    merged: dict[str, float] = {}
    for candidate in ranked:
        code = _script_code(LANGDETECT_CODE_MAP.get(candidate.lang, candidate.lang), text)
        merged[code] = merged.get(code, 0.0) + candidate.prob
    if not merged:
        return UNKNOWN_LANGUAGE, 0.0
    code, prob = max(merged.items(), key=lambda item: (item[1], item[0]))
    return code, round(min(float(prob), 1.0), 4)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of `text` and the probability of that language, or
    ('unknown', 0.0) below MIN_LETTERS letters or MIN_CONFIDENCE."""
    if not text:
        return UNKNOWN_LANGUAGE, 0.0
    sample = sample_text(text)
    if count_letters(sample) < MIN_LETTERS:
        return UNKNOWN_LANGUAGE, 0.0
    code, prob = top_language(sample, LONG_TEXT_TRIALS if len(sample) >= LONG_TEXT_CHARS else None)
    if code not in LANGUAGE_CODES or prob < MIN_CONFIDENCE:
        return UNKNOWN_LANGUAGE, 0.0
    return code, prob


def detect_languages(texts: list[str]) -> list[tuple[str, float]]:
    """`detect_language` for each text, in order."""
    return [detect_language(text) for text in texts]
