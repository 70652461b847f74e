"""Who said it: each quote resolved to a speaker, walking the document paragraph by paragraph.

The cue and subject of a quote are found by ``_quote_cues`` (with ``_cues`` and
``_cue_subjects``), whether it is speech at all by ``_speech``; here they are put together with
what the walk remembers: the speaker of the paragraph so far, the one the previous paragraph
ended with, and the document's main speaker for headlines.

A quote is attributed, in this order, to
1. the subject of a cue right after it ("…," he said / "…," said the Secretary General /
   "…", underscored Lieutenant General Wiermann);
2. the subject of the last cue before it in its sentence (X said: "…" / X praised the "…" /
   according to X, "…" / Statement by the North Atlantic Council …: „…“ / Das Motto der
   Akademie lautet „…“);
3. a subject and a colon ("Stoltenberg: ‘…’");
4. the speaker of its paragraph so far, or, for a quote that opens its paragraph, the speaker
   the previous paragraph ended with (continuation paragraphs);
5. in a headline, the document's main speaker.

Single-word quotes, names in quotes ("Friends of Libya" summit) and scare quotes (a short
quote with no cue in its sentence and no speaker around it) are not speech and are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._records import Quote, Span
from ._cue_subjects import CueSubjects
from ._cues import Cue, DocumentCues
from ._entries import Entry
from ._labels import label_subject
from ._quote_cues import QuoteCues, clause_between
from ._quotes import Paragraph, RawQuote
from ._speakers import People
from ._speech import SpeechFilter
from ._subjects import Subject, subject_after

__all__ = ["Attributor"]

# Verbs that give a person's own word for a thing: even a one-word quote after one ("called
# Article 5 “sacred”") is their speech, so they are a speaker (the word is no quote).
_NAMING = frozenset(
    (
        "called",
        "calls",
        "calling",
        "dubbed",
        "dubs",
        "termed",
        "terms",
        "described",
        "describes",
        "describing",
        "labelled",
        "labeled",
        "branded",
        "nannte",
        "bezeichnete",
        "qualifié",
    )
)


class Attributor:
    """Attributes the quotes of one document to speakers, and finds speakers without quotes."""

    def __init__(
        self,
        text: str,
        masked: str,
        paragraphs: Sequence[Paragraph],
        people: People,
        turn_of: Sequence[Entry | None],
        in_turn: Sequence[bool],
        headline: Sequence[bool],
    ) -> None:
        self.text = text
        self.masked = masked
        self.paragraphs = paragraphs
        self.people = people
        self.turn_of = turn_of
        self.in_turn = in_turn
        self.headline = headline
        self.cues = DocumentCues(masked, paragraphs)
        self.subjects = CueSubjects(masked, self.cues)
        self.quote_cues = QuoteCues(text, masked, self.cues, self.subjects)
        self.speech = SpeechFilter(text, masked, paragraphs, headline)

    def run(self, quotes: Sequence[RawQuote]) -> list[Quote]:
        """Attribute *quotes* (paired marks, in text order); return the quotes that are speech."""
        people = self.people
        by_first: dict[int, list[RawQuote]] = {}
        for q in quotes:
            by_first.setdefault(q.first, []).append(q)
        kept: list[tuple[RawQuote, Entry | None, Cue | None]] = []
        deferred: list[RawQuote] = []
        previous: Entry | None = None
        for index, para in enumerate(self.paragraphs):
            here = by_first.get(index, [])
            cues = self.cues.of(para)
            cue_starts = [c.start for c in cues]
            if not here and not cues:
                if para.kind == "body" and not self.headline[index]:
                    previous = None  # narrative in between: the next quote does not continue a speaker
                continue
            turn = self.turn_of[index]
            state: list[Entry | None] = [None]
            ci = 0
            for q in here:
                while ci < len(cues) and cues[ci].start < q.open_at:
                    self._use_cue(cues[ci], para, index, state)
                    ci += 1
                last_para = self.paragraphs[q.last]
                found = self.quote_cues.attribute(q, para, last_para, cues, cue_starts)
                cue, subject, direct = found
                entry = None if subject is None else people.resolve(subject, speaker_of_turn=turn)
                has_cue = cue is not None
                if entry is None and (cue is None or (subject is None and self._subjectless(cue))):
                    if state[0] is not None:
                        entry = state[0]
                    elif q.open_at <= para.start + 2 and (label := label_subject(self.text, self.paragraphs, index)):
                        entry = people.resolve(label)  # "[Rep. Jane Doe](…):" on the line above
                        has_cue = entry is not None
                    elif q.open_at <= para.start + 2 and previous is not None:
                        entry = previous
                    elif cue is None:
                        entry = self._sentence_subject(para, q)
                if not self.speech.is_speech(q, has_cue, direct, entry):
                    if cue is not None and entry is not None and entry.kind == "person" and cue.word in _NAMING:
                        self._speaks(entry, quote=False)  # Biden "called" Article 5 "sacred": his word
                    continue
                if entry is None and not has_cue and self.headline[index]:
                    deferred.append(q)
                    continue
                if entry is not None:
                    self._speaks(entry, quote=True)
                    state[0] = entry
                if cue is not None and cue.relay is not None:
                    self._relays(cue.relay, index)
                kept.append((q, entry, cue))
            while ci < len(cues):
                self._use_cue(cues[ci], para, index, state)
                ci += 1
            if state[0] is not None or (para.kind == "body" and not self.headline[index]):
                previous = state[0]
        main = self._main_speaker()
        for q in deferred:
            # a headline quoting words the body quotes: whoever said them in the body
            words = self.text[q.start : q.end].casefold()
            source = next(
                (e for k, e, _ in kept if e is not None and words in self.text[k.start : k.end].casefold()), main
            )
            if source is None and len(words.split()) <= 4:
                continue
            if source is not None:
                source.quotes += 1
            kept.append((q, source, None))
        kept.sort(key=lambda item: item[0].start)
        return [self._record(q, entry, cue) for q, entry, cue in kept]

    def _sentence_subject(self, para: Paragraph, q: RawQuote) -> Entry | None:
        """The person a quote's sentence opens with, for a quote without a cue ("The Minister also
        recounted how … “…”", "Additionally, the Vice President made a case for how … “…”").

        House style of news copy: words quoted in a sentence about a person are that person's.
        The subject is a name of two words or more, a name after a title, or a title the text
        gives a person, read at the sentence start or after one short opening phrase and a comma.
        """
        sentence = self.subjects.sentence_start(para, q.open_at)
        toks = self.subjects.window(para, sentence, min(q.open_at, sentence + 160))
        begin = 0
        for k in range(min(len(toks), 4)):
            if toks[k][0] == ",":
                begin = k + 1  # "Additionally, …", "In his speech, …"
                break
        if begin >= len(toks):
            return None
        subject = subject_after(toks, begin)
        if subject is None or subject.kind not in ("name", "title"):
            return None
        if subject.kind == "name" and len(subject.name) < 2 and not subject.titles:
            return None
        if clause_between(toks, subject.end):
            return None  # "X arrived in Riga, where the banner read: “…”": the words are not X's
        entry = self.people.resolve(subject, speaker_of_turn=None)
        return entry if entry is not None and entry.kind == "person" else None

    @staticmethod
    def _subjectless(cue: Cue) -> bool:
        """A cue that takes its subject from the clause before: ", adding:", "…, saying"."""
        return cue.word.endswith("ing") or cue.word == ":"

    def _use_cue(self, cue: Cue, para: Paragraph, index: int, state: list[Entry | None]) -> None:
        """Read a cue outside any quote: its subject becomes the paragraph's speaker."""
        if cue.kind == "by":
            return
        subject = self.subjects.subject(cue, para)
        if subject is None:
            return
        entry = self.people.resolve(subject, speaker_of_turn=self.turn_of[index])
        if entry is None:
            return
        state[0] = entry
        self._track(entry)
        if cue.kind in ("verb", "after") and not self.in_turn[index]:
            entry.speaks = True  # given words even without quote marks: "X said that …"
        if cue.relay is not None:
            self._relays(cue.relay, index)

    def _relays(self, relay: Subject, index: int) -> None:
        """The person who passes on a cited statement speaks too (outside transcript turns)."""
        if self.in_turn[index]:
            return
        entry = self.people.resolve(relay)
        if entry is not None and entry.kind == "person":
            entry.speaks = True

    def _track(self, entry: Entry) -> None:
        if entry.kind == "person":
            self.people.last_person = entry
        else:
            self.people.last_org = entry

    def _speaks(self, entry: Entry, *, quote: bool) -> None:
        entry.speaks = True
        if quote:
            entry.quotes += 1
        self._track(entry)

    def _main_speaker(self) -> Entry | None:
        best: Entry | None = None
        for entry in self.people.persons.values():
            if entry.quotes and (best is None or entry.quotes > best.quotes):
                best = entry
        if best is None:
            best = self.people.author
        if best is None:
            speaking = [e for e in self.people.persons.values() if e.speaks]
            best = min(speaking, key=lambda e: e.first) if speaking else None
        return best

    def _record(self, q: RawQuote, entry: Entry | None, cue: Cue | None) -> Quote:
        text = self.text[q.start : q.end]
        first = text[:1]
        return Quote(
            text=text,
            span=Span(start=q.start, end=q.end),
            open_mark=q.open_mark,
            close_mark=q.close_mark,
            speaker=None if entry is None else entry.name,
            cue=None if cue is None else self.text[cue.start : cue.end],
            cue_span=None if cue is None else Span(start=cue.start, end=cue.end),
            partial=not (first.isupper() or first.isdigit()),
        )
