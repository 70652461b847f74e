"""The lines after the preamble: body paragraphs, photo captions, notes sections, chrome and footers.

:func:`_read_body` gives a kind to each line from the first body line on; a chrome heading
("Archives", "Related articles", "Notes", a sign-up form) opens a run of the lines after it.
"""

from __future__ import annotations

from ._chrome import form_line, form_start
from ._chrome_vocab import FORM_REASON
from ._footnotes import NOTE_START, notes_heading
from ._lines import _BODY, _CAPTION_KIND, _NOTES, _Kind, _Lines
from ._titles import prose_like

# Photo and video captions: "Photo: NATO", "Foto: …", "(Photo credit: …)", "Video: …", "Photo by …:"
# — a caption word (optionally with "credit" or "by") before a colon, "©" or a bar.
_CAPTION_WORDS = frozenset(
    {"photo", "photos", "foto", "fotos", "image", "picture", "video", "crédit photo", "photo credit", "bildquelle",
     "bild", "credit"}
)
_CAPTION_FIRST = frozenset("(PpFfIiVvCcBb")
_CAPTION_MARKS = (":", "©", "|")

# A line of the footer that follows an archive or copyright heading: short, not a sentence.
_FOOTER_WORDS = 12

# The run a chrome heading opens: the short lines after it belong to it.
_MODE_AFTER = {"footer/archive": "footer", "related-links heading": "related"}


def _marked(text: str, lines: _Lines, i: int, label: str | None) -> bool:
    """Whether the bracketed *label* of the note on line *i* is used as a marker before it ("[1]")."""
    return label is not None and text.find("[" + label + "]", 0, lines.starts[i]) >= 0



def _read_body(text: str, lines: _Lines, kinds: list[_Kind | None], start: int) -> None:
    """Mark the lines from *start* on: body, captions, notes sections, chrome and footers."""
    texts = lines.texts
    mode = ""  # "notes", "footer", "related" or "form" while inside such a run
    for i in range(start, lines.n):
        line = texts[i]
        if not line:
            continue
        if mode == "form" and form_line(line):
            kinds[i] = ("boilerplate", FORM_REASON)
            continue
        if mode == "notes":
            if NOTE_START.match(line) is not None or lines.chrome(i) is None:
                kinds[i] = _NOTES
                continue
            mode = ""
        if notes_heading(line) or (len(line) <= 40 and lines.chrome(i) == "related-links heading"):
            j = lines.next_content(i)
            note = NOTE_START.match(texts[j]) if j < lines.n else None
            if note is not None and (notes_heading(line) or _marked(text, lines, j, note.group("bracket"))):
                # "Notes" before a numbered list; "More on this topic" before "1. [1] …" whose labels
                # the body's markers use.
                kinds[i] = _NOTES
                mode = "notes"
                continue
        reason = lines.chrome(i)
        if reason is not None:
            kinds[i] = ("boilerplate", reason)
            mode = _MODE_AFTER.get(reason, "form" if form_start(line) else "")
            continue
        if mode == "footer" and line[-1] != "." and line.count(" ") < _FOOTER_WORDS:
            kinds[i] = ("boilerplate", "footer/archive")
            continue
        if mode == "related" and not prose_like(line):
            # The headlines listed under "Related articles" / "Mehr zum Thema".
            kinds[i] = ("boilerplate", "related links")
            continue
        mode = ""
        note = NOTE_START.match(line) if line[0] == "[" else None
        if note is not None and note.group("bracket") is not None:
            # A notes list without a heading: "[1] …" lines whose label a body marker uses.
            marker = "[" + note.group("bracket") + "]"
            if text.find(marker, 0, lines.starts[i]) >= 0:
                kinds[i] = _NOTES
                mode = "notes"
                continue
        caption = line[0] in _CAPTION_FIRST and _caption(line)
        kinds[i] = _CAPTION_KIND if caption else _BODY


def _caption(line: str) -> bool:
    """Whether *line* opens with a photo or video credit ("Photo: NATO", "(Photo credit: …)")."""
    head = line[1:40] if line[0] == "(" else line[:40]
    mark = min((k for k in map(head.find, _CAPTION_MARKS) if k >= 0), default=-1)
    if mark <= 0:
        return False
    words = head[:mark].lower().split()
    if len(words) > 1 and words[-1] in ("credit", "by") and " ".join(words[:-1]) in _CAPTION_WORDS:
        return True
    return " ".join(words) in _CAPTION_WORDS

