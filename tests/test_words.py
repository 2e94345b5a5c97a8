"""The words a person reads: every human view and every ``--help`` in bokmål holds no code
word that has a bokmål name, no English-only word and no decimal point; the catalogue
(kecli.i18n) names every code kecli shows, in both languages, with the same placeholders.

JSON, CSV and the export columns keep their codes; they are not read here.
"""

from __future__ import annotations

import importlib
import json
import re
import string
from pathlib import Path
from typing import Any

import pytest

from kecli.errors import Msg
from kecli.i18n import labels as L
from tests.tree import command_tree

ROOT = Path(__file__).parent.parent

# --- the codes, and their names -------------------------------------------------------------


def event_actions() -> set[str]:
    """Every action a service writes to the audit log, read from the source."""
    found: set[str] = set()
    for path in (ROOT / "src" / "kecli").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'action="([a-z_]+\.[a-z_]+)"', text))
    from kecli.domain.appeals import Step

    found |= {f"appeal.{step.value}" for step in Step}  # action=f"appeal.{step.value}"
    return found


def end_reasons() -> set[str]:
    """The end reasons kecli stores itself (``end_appointment``'s literal reasons)."""
    found: set[str] = set()
    for path in (ROOT / "src" / "kecli").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'appointment\([^)]*?"([a-z ]+)"', text, flags=re.S))
        found |= set(re.findall(r"end_reason = '([a-z ]+)'", text))
    return found - {""}


def the_codes() -> dict[str, tuple[set[str], dict[str, Msg]]]:
    """Each kind of code kecli shows a person: (every code, the table that names them)."""
    from kecli.domain.appeals import AppealStatus, FinalOutcome, Step, UnitOutcome
    from kecli.domain.cases import CHANNELS, STATUSES, VOIDED
    from kecli.domain.coordinators import COORDINATOR_KINDS
    from kecli.domain.deadlines import SEND_VIAS
    from kecli.domain.eligibility import CRITERIA
    from kecli.domain.journal import NOTE_KINDS
    from kecli.domain.plans import GOAL_STATUSES
    from kecli.services.stats import APPEAL_RESULTS
    from kecli.views.deadlines import DEADLINE_TYPES

    return {
        "case status": (set(STATUSES) | {VOIDED}, L.CASE_STATUS),
        "note kind": (set(NOTE_KINDS), L.NOTE_KIND),
        "channel": (set(CHANNELS), L.CHANNEL),
        "coordinator kind": (set(COORDINATOR_KINDS), L.COORDINATOR_KIND),
        "send route": (set(SEND_VIAS), L.SEND_VIA),
        "criterion": ({c.code for kind in CRITERIA.values() for c in kind}, L.CRITERION),
        "appeal status": ({s.value for s in AppealStatus}, L.APPEAL_STATUS),
        "appeal step": ({s.value for s in Step} | {"file"}, L.APPEAL_STEP),
        "appeal outcome": (
            {o.value for o in UnitOutcome} | {o.value for o in FinalOutcome},
            L.APPEAL_OUTCOME,
        ),
        "appeal result": (set(APPEAL_RESULTS), L.APPEAL_RESULT),
        "deadline type": (set(DEADLINE_TYPES), L.DEADLINE_TYPE),
        "goal status": (set(GOAL_STATUSES), L.GOAL_STATUS),
        "event": (event_actions(), L.EVENT),
        "end reason": (end_reasons(), L.END_REASON),
    }


#: Codes that are bokmål words themselves (or legal terms), shown as they are.
BOKMAL_CODES = {
    "skjema", "brev", "telefon", "annet", "koordinator", "barnekoordinator", "begge", "post",
    "digital", "innvilget", "avslag", "medhold", "avvist", "stadfestet", "omgjort",
    "opphevet",
}  # fmt: skip


def code_words() -> set[str]:
    """Every code with a bokmål name of its own: none of them may reach a bokmål screen."""
    words = set()
    for codes, names in the_codes().values():
        words |= {code for code in codes if names[code].nb != code and code not in BOKMAL_CODES}
    return words


@pytest.mark.parametrize("kind", sorted(the_codes()))
def test_every_code_has_a_name_in_both_languages(kind):
    codes, names = the_codes()[kind]
    assert codes, kind
    assert not codes - set(names), f"{kind}: no name for {sorted(codes - set(names))}"
    for code in codes:
        assert names[code].nb.strip() and names[code].en.strip(), (kind, code)
        if code not in BOKMAL_CODES:
            assert names[code].nb != code, f"{kind} {code} is shown as its code in bokmål"


def test_the_code_words_are_the_ones_the_issue_names():
    words = code_words()
    for code in ("case.created", "filed", "forwarded", "active", "participation", "received"):
        assert code in words
    assert "appeal_window" in words and "delvis-medhold" in words and "replaced" in words


# --- the catalogue ---------------------------------------------------------------------------


def catalogue_texts() -> list[tuple[str, Msg]]:
    """Every Msg of the catalogue's modules (in tables and tuples too), with where it is."""
    import kecli.i18n.help
    import kecli.i18n.labels
    import kecli.i18n.prompts
    import kecli.i18n.results

    found: list[tuple[str, Msg]] = []

    def visit(where: str, value: Any) -> None:
        if isinstance(value, Msg):
            found.append((where, value))
        elif isinstance(value, dict):
            for key, item in value.items():
                visit(f"{where}[{key!r}]", item)
        elif isinstance(value, tuple):
            for n, item in enumerate(value):
                visit(f"{where}[{n}]", item)

    modules = [kecli.i18n.help, kecli.i18n.labels, kecli.i18n.prompts, kecli.i18n.results]
    modules += [importlib.import_module(f"kecli.i18n.errors.{m}") for m in _error_modules()]
    modules.append(importlib.import_module("kecli.i18n.criteria"))
    for module in modules:
        for name, value in vars(module).items():
            if name.isupper():
                visit(f"{module.__name__}.{name}", value)
    for path, entry in kecli.i18n.help.COMMANDS.items():
        found.append((f"COMMANDS[{path!r}]", Msg(entry.nb, entry.en)))
    return found


def _error_modules() -> list[str]:
    folder = Path(__file__).parents[1] / "src" / "kecli" / "i18n" / "errors"
    return sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")


#: The modules that still write some error's words where it is raised, and why.
MSG_LEFT: dict[str, str] = {
    "domain/eligibility.py": "a criterion's label: its bokmål is the law's constant",
}


def _literal_msgs(path: Path) -> int:
    """How many ``Msg(...)``/``Template(...)`` calls in ``path`` are given written text."""
    import ast

    def written(node: ast.expr) -> bool:
        return isinstance(node, ast.JoinedStr) or (
            isinstance(node, ast.Constant) and isinstance(node.value, str)
        )

    count = 0
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("Msg", "Template")
            and any(written(a) for a in [*node.args, *(k.value for k in node.keywords)])
        ):
            count += 1
    return count


def test_the_words_of_errors_are_in_the_catalogue():
    """No ``Msg("…", "…")`` is written where an error is raised: the words are in
    kecli/i18n/errors/, the raising code passes the template and its values."""
    root = Path(__file__).parents[1] / "src" / "kecli"
    found = set()
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root).as_posix()
        if where.startswith(("i18n/", "store/migrations/")):
            continue
        if _literal_msgs(path):
            found.add(where)
    assert found - set(MSG_LEFT) == set(), "words to move to kecli/i18n/errors/"
    assert set(MSG_LEFT) - found == set(), "moved: take them off MSG_LEFT"


def test_the_scan_of_written_messages_finds_them(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('a = Msg("ja", "yes")\nb = Msg(nb=f"{x}", en="y")\nc = Msg(x, y)\n')
    assert _literal_msgs(sample) == 2


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize(("where", "text"), catalogue_texts(), ids=lambda v: str(v)[:60])
def test_each_text_has_both_languages_with_the_same_placeholders(where, text):
    assert text.nb.strip() and text.en.strip(), where
    if where.endswith("CRITERION_TITLE"):  # bokmål names the criterion, English its code
        assert placeholders(text.nb) - {"name"} == placeholders(text.en) - {"code"}
        return
    assert placeholders(text.nb) == placeholders(text.en), where


def the_tree(lang: str, monkeypatch) -> list[tuple[str, Any]]:
    """(path after kecli, command) for the root, every group and every command."""
    monkeypatch.setenv("KECLI_LANG", lang)
    return [(" ".join(path), command) for path, command in command_tree()]


def test_every_command_and_option_has_its_words_and_no_word_is_left_over(monkeypatch):
    from kecli.cli.help import param_help, param_key
    from kecli.i18n.help import COMMANDS, OPTIONS

    used: set[str] = set()
    for path, command in the_tree("nb", monkeypatch):
        assert path in COMMANDS, f"kecli {path} has no help in kecli.i18n.help"
        if not hasattr(command, "list_commands"):
            assert COMMANDS[path].examples, f"kecli {path} has no example"
            for example in COMMANDS[path].examples:
                assert example.startswith(f"kecli {path}"), example
        used.add(path)
        for param in command.params:
            assert param_help(path, param) is not None, f"kecli {path} {param_key(param)}"
            key = param_key(param)
            used.add(f"{path} {key}".strip() if f"{path} {key}".strip() in OPTIONS else key)
    assert not set(COMMANDS) - used, f"help for no command: {set(COMMANDS) - used}"
    assert not set(OPTIONS) - used, f"help for no option: {set(OPTIONS) - used}"


def test_the_examples_run_as_far_as_parsing(monkeypatch):
    """Each example names options its command has (a renamed flag fails here)."""
    import shlex

    from kecli.i18n.help import COMMANDS

    tree = dict(the_tree("en", monkeypatch))
    for entry in COMMANDS.values():
        for example in entry.examples:
            words = shlex.split(example.split(">")[0])[1:]
            path = max((p for p in tree if words[: len(p.split())] == p.split()), key=len)
            command = tree[path]
            assert not hasattr(command, "list_commands"), example
            flags = {opt for p in command.params for opt in p.opts + p.secondary_opts}
            for word in words:
                if word.startswith("--"):
                    assert word.split("=")[0] in flags, f"{example}: {word}"


# --- the screens --------------------------------------------------------------------------------

#: English words that have no place on a bokmål screen (words that are bokmål too — "sent",
#: "to", "plan", "status", "type" — are not here).
ENGLISH = {
    "the", "and", "of", "is", "not", "none", "yes", "with", "from", "since", "until",
    "case", "cases", "received", "decided", "closed", "granted", "filed", "forwarded",
    "withdrawn", "appeal", "appeals", "deadline", "deadlines", "decision", "decisions",
    "coordinator", "coordinators", "next", "usage", "options", "arguments", "commands",
    "show", "message", "exit", "default", "required", "error", "warning", "hint", "aside",
    "estimated", "active", "achieved", "dropped", "registered", "overdue", "days", "goal",
    "goals", "measures", "version", "saved", "history", "event", "user", "reason", "name",
    "str", "int", "assessed", "letter", "written", "answer", "criterion", "criteria",
    "consent", "unsent", "export", "import", "settings", "database", "entries", "list",
}  # fmt: skip

_COMMAND_LINE = re.compile(r"kecli\b.*$", re.M)  # a command to type, to the end of its line
_FLAG = re.compile(r"(?<![\w-])--?[a-z][\w-]*(?:[ =](?![(\-])[^\s,;)]+)?")  # a flag, its value
_JSON = re.compile(r"\{.*$", re.M)  # the audit log's details: the record as stored
_DECIMAL = re.compile(r"\d\.\d")


def _token(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.\-]){re.escape(word)}(?![\w\-]|\.\w)", re.I)


def _help_terms(text: str, typed: re.Pattern[str]) -> str:
    """A help screen without what is typed: the first column of its argument, option and
    command rows (flags, placeholders, command names) and, in the texts, the commands and
    values it names (``se coordinator list``, ``--answer services=ja``)."""
    text = re.sub(r"-\n\s+", "-", text)  # a flag wrapped at its hyphen (--as-\nof)
    kept = []
    rows = False
    for line in text.splitlines():
        if line and not line.startswith(" "):
            rows = line.rstrip(":") in ("Argumenter", "Valg", "Kommandoer")
            kept.append(line)
        elif rows and re.match(r"^  \S", line):  # a row's term, then two spaces, its text
            gap = re.search(r"\S\s{2,}(\S.*)$", line.strip())
            kept.append(gap.group(1) if gap else "")
        elif rows and kept:  # a row's text wrapped: one line again (--via\n hand)
            kept[-1] += " " + line.strip()
        else:
            kept.append(line)
    return typed.sub("", "\n".join(kept))


def typed_words(tree: list[tuple[str, Any]]) -> re.Pattern[str]:
    """What a help text names for a person to type: the commands (two words or more: a group
    alone is a word, ``case``) and the criteria's codes, the keys of ``--answer``."""
    from kecli.domain.eligibility import CRITERIA

    words = [path for path, _ in tree if " " in path]
    words += [c.code for kind in CRITERIA.values() for c in kind]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def offences(text: str, *, codes: set[str]) -> list[str]:
    """The code words, English words and decimal points on a bokmål screen."""
    text = _COMMAND_LINE.sub("", text)
    text = _FLAG.sub("", text)
    found = [f"code {c!r}" for c in sorted(codes) if _token(c).search(text)]
    found += [f"English {w!r}" for w in sorted(ENGLISH) if _token(w).search(text)]
    found += [f"decimal {m!r}" for m in _DECIMAL.findall(text)]
    return found


def test_the_scan_finds_what_it_looks_for():
    codes = code_words()
    assert offences("Hendelse: case.created", codes=codes) == ["code 'case.created'"]
    assert offences("Status: filed", codes=codes)[0] == "code 'filed'"
    assert offences("median 5.5 dager", codes=codes) == ["decimal '5.5'"]
    assert offences("Neste: kecli appeal escalate 2026-1", codes=codes) == []
    assert offences("med --via hand", codes=codes) == []
    assert offences("Usage: kecli", codes=codes) == ["English 'usage'"]
    assert offences("participation_required = false", codes=codes) == []


def test_the_help_scan_drops_only_what_is_typed():
    typed = typed_words([("coordinator", None), ("coordinator list", None)])
    screen = (
        "Bruk: kecli coordinator assign [VALG]\n\nValg:\n"
        "  --within DAGER  Inntil DAGER etter --as-\n                  of (se coordinator list).\n"
        "  --answer KODE=ja|nei  Kodene: services, long_term. Status: filed\n"
    )
    text = _help_terms(screen, typed)
    assert "--within" not in text and "coordinator list" not in text and "services" not in text
    assert offences(text, codes=code_words()) == ["code 'filed'", "English 'filed'"]
    assert offences("Se coordinator for mer", codes=code_words()) == ["English 'coordinator'"]


@pytest.fixture
def bokmal(monkeypatch):
    monkeypatch.setenv("KECLI_LANG", "nb")
    monkeypatch.setenv("COLUMNS", "250")  # wide: no wrapping, and the deadlines' basis shown


def test_every_help_screen_is_bokmal(kecli, bokmal, monkeypatch):
    codes = code_words()
    tree = the_tree("nb", monkeypatch)
    typed = typed_words(tree)
    problems = {}
    for path, _ in tree:
        result = kecli(*path.split(), "--help")
        assert result.exit_code == 0, (path, result.stderr)
        found = offences(_help_terms(result.stdout, typed), codes=codes)
        if found:
            problems[f"kecli {path} --help"] = found
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)


def test_the_help_says_typers_own_words_in_bokmal(kecli, bokmal):
    text = kecli("report", "deadlines", "--help").stdout
    assert text.startswith("Bruk: kecli report deadlines [VALG]")
    for words in ("Valg:", "Vis denne hjelpen og avslutt.", "[standard: 14]", "Eksempler:"):
        assert words in text
    text = kecli("config", "set", "--help").stdout
    assert "Argumenter:" in text and "[påkrevd]" in text and "{NØKKEL}" in text
    assert "Kommandoer:" in kecli("case", "--help").stdout


def test_the_help_is_english_with_kecli_lang_en(kecli):
    text = kecli("case", "new", "--help").stdout
    assert text.startswith("Usage: kecli case new [OPTIONS]")
    assert "Register an inquiry (henvendelse)." in text and "Examples:" in text
    assert "Show this message and exit." in text and "Registrer" not in text


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_a_bare_kecli_prints_the_help_and_where_to_begin(kecli, monkeypatch, lang):
    monkeypatch.setenv("KECLI_LANG", lang)
    result = kecli()
    assert result.exit_code == 0 and result.stderr == ""
    first, hint = (
        ("Bruk: kecli", "Tips: begynn dagen med kecli today")
        if lang == "nb"
        else ("Usage: kecli", "Hint: start the day with kecli today")
    )
    assert result.stdout.startswith(first)
    assert result.stdout.rstrip().splitlines()[-1].startswith(hint)


def test_a_bare_group_prints_its_help(kecli):
    result = kecli("appeal")
    assert result.exit_code == 0 and "Commands:" in result.stdout


PLAN = {
    "goals": [
        {"text": "Gå til skolen alene", "target_date": "2027-06-01", "status": "active"},
        {"text": "Svømme", "status": "achieved"},
        {"text": "Sykle", "status": "dropped"},
    ],
    "measures": [{"text": "Fysioterapi", "extent": "To ganger i uka", "start": "2026-12-01"}],
    "participants": [{"name": "Ola Hansen", "role": "koordinator"}],
    "cooperation_partners": [{"name": "NAV Asker"}],
    "meetings": [{"date": "2026-11-20", "purpose": "Oppstartsmøte", "minutes": "Mål avtalt."}],
    "evaluations": [],
    "resources": "Motivert",
    "needs": "Hjelp til å komme seg rundt",
    "own_contribution": "Øve hver dag",
    "period": {"from": "2026-12-01", "to": "2027-11-30"},
    "next_evaluation": "2026-12-05",
    "consent": {"given": True, "on": "2026-11-20", "by": "Åse", "share_information": True},
}

K_YES = [f"--answer={c}=ja" for c in ("services", "coordination", "consent", "participation")]


def test_every_human_view_is_bokmal(kecli, bokmal, tmp_path, monkeypatch):
    """A unit's cases in every state, made in bokmål; every result line and every view
    read in bokmål holds no code word, no English word and no decimal point."""
    screens: dict[str, str] = {}

    def run(*args: str) -> None:
        result = kecli(*args)
        assert result.exit_code == 0, (args, result.stderr)
        screens[" ".join(args)] = result.stdout + result.stderr

    def new(name: str, *extra: str, kind: str = "koordinator") -> str:
        case: str = kecli.json("case", "new", "--name", name, "--kind", kind, *extra)["id"]
        return case

    run("config", "set", "municipality", "Asker")
    run("coordinator", "add", "--name", "Kim Koordinator", "--kind", "begge", "--independent")
    run("coordinator", "add", "--name", "Lise Lund", "--unit", "Helsetjenesten")
    # granted, with an individuell plan and two coordinators, the second deactivated
    run("case", "new", "--name", "Åse Ødegård", "--kind", "koordinator", "--received",
        "2026-11-02", "--channel", "oppmote", "--note", "Ringte selv")  # fmt: skip
    granted = "2026-0001"
    run("case", "assess", granted, *K_YES, "--answer=long_term=ja", "--answer=complex=nei",
        "--wants-ip", "--decided-on", "2026-11-12", "--notified-on", "2026-11-12")  # fmt: skip
    run("coordinator", "assign", granted, "1", "--on", "2026-11-13")
    run("coordinator", "assign", granted, "2", "--on", "2026-11-20")
    (tmp_path / "plan.json").write_text(json.dumps(PLAN), encoding="utf-8")
    run("plan", "edit", granted, "--from-file", str(tmp_path / "plan.json"))
    (tmp_path / "plan.json").write_text(json.dumps({**PLAN, "needs": "Mer", "version": 1}), "utf-8")
    run("plan", "edit", granted, "--from-file", str(tmp_path / "plan.json"))
    # refused on two criteria, sent by post, appealed and waiting to be forwarded
    refused = new("Bjørn Berg", "--received", "2026-10-01", "--channel", "epost")
    run("case", "assess", refused, *K_YES, "--answer=long_term=nei", "--answer=complex=nei",
        "--decided-on", "2026-10-20", "--reason", "Behovet er verken langvarig eller komplekst")  # fmt: skip
    run("case", "notify", refused, "--sent-on", "2026-10-21", "--via", "post")
    run("appeal", "file", refused, "--filed-on", "2026-11-02", "--grounds", "Behovet varer")
    run("appeal", "decide", refused, "--outcome", "ikke-medhold", "--on", "2026-11-10")
    # refused and not yet sent
    unsent = new("Cecilie Dahl", "--received", "2026-11-01")
    run("case", "assess", unsent, *K_YES[:2], "--answer=consent=nei", "--answer=participation=ja",
        "--answer=long_term=ja", "--answer=complex=ja", "--decided-on", "2026-11-10")  # fmt: skip
    # refused, handed over, appealed and withdrawn
    withdrawn = new("Dag Dahl", "--received", "2026-11-05")
    run("case", "assess", withdrawn, *K_YES[:2], "--answer=consent=nei",
        "--answer=participation=ja", "--answer=long_term=ja", "--answer=complex=ja",
        "--decided-on", "2026-11-16", "--notified-on", "2026-11-16")  # fmt: skip
    run("appeal", "file", withdrawn, "--filed-on", "2026-11-20")
    run("appeal", "withdraw", withdrawn, "--note", "Ringte og trakk klagen")
    # forwarded to statsforvalteren
    forwarded = new("Eva Eng", "--received", "2026-09-01")
    run("case", "assess", forwarded, *K_YES[:2], "--answer=consent=nei",
        "--answer=participation=ja", "--answer=long_term=ja", "--answer=complex=ja",
        "--decided-on", "2026-09-15", "--notified-on", "2026-09-15")  # fmt: skip
    run("appeal", "file", forwarded, "--filed-on", "2026-09-25")
    run("appeal", "decide", forwarded, "--outcome", "delvis-medhold", "--on", "2026-10-01")
    run("appeal", "escalate", forwarded, "--on", "2026-10-02")
    # a child turning 18 soon, with a coordinator who is then unassigned
    child = new("Lille Ødegård", "--birth-date", "2008-12-10", "--guardian", "Mor Ødegård",
                "--received", "2026-10-15", kind="barnekoordinator")  # fmt: skip
    run("case", "assess", child, "--answer=serious_condition=ja", "--answer=complex_needs=ja",
        "--answer=consent=ja", "--no-ip", "--decided-on", "2026-10-26",
        "--notified-on", "2026-10-26")  # fmt: skip
    run("coordinator", "assign", child, "1", "--on", "2026-11-01")
    run("coordinator", "unassign", child, "--on", "2026-11-15")
    # corrected and completed: the channel, an address, a guardian's phone
    run("case", "edit", child, "--channel", "brev", "--address", "Storgata 1", "--postcode",
        "0150", "--city", "Oslo", "--guardian-phone", "Mor Ødegård=912 34 567")  # fmt: skip
    # a child expected, then born and refused; the koordinator inquiry that follows
    born = new("Nyfødt Ås", "--expected-birth-date", "2027-01-10", "--received", "2026-11-02",
               kind="barnekoordinator")  # fmt: skip
    run("case", "edit", born, "--birth-date", "2026-11-20")
    run("case", "assess", born, "--answer=serious_condition=nei", "--answer=complex_needs=ja",
        "--answer=consent=ja", "--decided-on", "2026-11-25")  # fmt: skip
    run("case", "new", "--from", born)
    # closed with its coordinator, and reopened
    closed = new("Frida Fjell", "--received", "2026-10-01")
    run("case", "assess", closed, *K_YES, "--answer=long_term=ja", "--answer=complex=ja",
        "--no-ip", "--decided-on", "2026-10-09", "--notified-on", "2026-10-09")  # fmt: skip
    run("coordinator", "assign", closed, "1", "--on", "2026-10-10")
    run("case", "close", closed, "--reason", "Flyttet", "--on", "2026-11-01")
    run("case", "reopen", closed, "--reason", "Flyttet tilbake")
    # waiting for a preliminary reply
    run("case", "new", "--name", "Gro Gran", "--kind", "koordinator", "--received", "2026-10-20")
    # the caseworker's day: a foreløpig svar, a handover, journal notes, a duplicate voided
    promised = new("Hans Holm", "--received", "2026-10-25")
    run("case", "reply", promised, "--on", "2026-11-20", "--expect", "2026-12-10")
    run("case", "handover", promised, "--to", "kari")
    run("case", "note", "add", promised, "Ringte mor, avtalte møte", "--kind", "telefon")
    run("case", "note", "add", promised, "Møte med familien", "--kind", "møte", "--on",
        "2026-11-27")  # fmt: skip
    twice = new("Ida Isaksen", "--birth-date", "1990-01-01")
    run("case", "new", "--name", "ida  isaksen", "--kind", "koordinator", "--birth-date",
        "1990-01-01")  # fmt: skip
    run("case", "void", twice, "--reason", "Registrert to ganger")
    run("coordinator", "deactivate", "2", "--on", "2026-11-27", "--reason", "Sluttet")
    run("case", "letter", refused, "--output", str(tmp_path / "brev.md"))
    run("export", "cases", "--output", str(tmp_path / "saker.csv"))
    run("db", "backup", str(tmp_path / "kopi.db"))
    with monkeypatch.context() as elsewhere:  # the cases read into an empty database
        elsewhere.setenv("KECLI_DB", str(tmp_path / "ny.db"))
        run("import", "cases", str(tmp_path / "saker.csv"), "--dry-run")

    for case in (granted, refused, unsent, withdrawn, forwarded, child, closed, born, promised):
        run("case", "show", case)
    run("case", "show", twice)
    for view in (
        ("case", "list"),
        ("case", "list", "--voided"),
        ("case", "find", "ødegård"),
        ("case", "find", "zzz"),
        ("case", "note", "list", promised),
        ("today",),
        ("today", "--all"),
        ("--user", "kari", "today"),
        ("report", "deadlines", "--within", "30"),
        ("report", "stats"),
        ("coordinator", "list", "--all"),
        ("coordinator", "show", "1"),
        ("plan", "show", granted),
        ("plan", "history", granted),
        ("audit", "list"),
        ("audit", "verify"),
        ("config", "show"),
        ("db", "upgrade"),
    ):
        run(*view)
    # the refusal not yet sent goes out now, by hand (after the views: it was unsent there)
    run("case", "letter", unsent, "-o", str(tmp_path / "avslag.md"), "--sent", "--via", "hand")
    run("case", "letter", refused, "--kind", "appeal-receipt", "-o", str(tmp_path / "k.md"))

    codes = code_words()
    problems = {}
    for command, text in screens.items():
        if command == "audit list":
            text = _JSON.sub("", text)
        found = offences(text, codes=codes)
        if found:
            problems[command] = found
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)
    # what the scan relies on: the states it was meant to see are there, in words
    shown = "\n".join(screens.values())
    for words in (
        "venter på oversending", "oversendt statsforvalteren", "avsluttet (trukket)",
        "langvarig behov", "sak registrert", "klage registrert", "erstattet",
        "oppnevningen avsluttet", "saken avsluttet", "koordinatoren deaktivert", "nådd",
        "Fyller 18 år", "Foreløpig svar", "Sende avgjørelse", "Klagefrist løper",
        "Oversende klage", "Evaluere plan", "oppmøte", "e-post", "Neste: kecli",
        "sendt i dag (levert for hånd)", "Brevene mangler ennå",
        "kanal: skjema → brev", "Kontakt (Mor Ødegård)", "termindato: 2027-01-10 → —",
        "Relaterte saker", "sak endret", "Gjeldende avgjørelse: avslag",
        "Lovet avgjørelse", "foreløpig svar registrert", "ny saksbehandler", "Saksbehandler",
        "journalnotat skrevet", "Journal (nyeste først)", "møte", "annullert", "sak annullert",
        "samme navn og fødselsdato", "Ikke vurdert", "hele enheten", "Forfalt",
        "Ingen saker funnet", "Foresatte",
    ):  # fmt: skip
        assert words in shown, words


def test_stats_in_bokmal_have_a_decimal_comma(kecli, bokmal):
    for received, decided in (("2026-11-01", "2026-11-10"), ("2026-11-01", "2026-11-11")):
        case = kecli.json("case", "new", "--name", "Kari", "--kind", "koordinator",
                          "--received", received)["id"]  # fmt: skip
        kecli.json("case", "assess", case, *K_YES, "--answer=long_term=ja",
                   "--answer=complex=ja", "--no-ip", "--decided-on", decided)  # fmt: skip
    assert kecli.json("report", "stats")["days_to_decision"]["median"] == 9.5
    text = kecli("report", "stats").stdout
    assert "median 9,5 dager" in text and "9.5" not in text


@pytest.mark.parametrize(
    ("value", "nb", "en"),
    [(5.5, "5,5", "5.5"), (10.0, "10", "10"), (7, "7", "7"), (None, "—", "—")],
)
def test_numbers_are_written_as_each_language_writes_them(monkeypatch, value, nb, en):
    from kecli.i18n import number

    monkeypatch.setenv("KECLI_LANG", "nb")
    assert number(value) == nb
    monkeypatch.setenv("KECLI_LANG", "en")
    assert number(value) == en
