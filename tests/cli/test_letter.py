"""``kecli case letter``: what the family reads, for every kind and outcome.

Each scenario is built through the commands a caseworker types; the letter is then read
as the family would read it, in bokmål (and in English where it differs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

K_CODES = ["services", "long_term", "complex", "coordination", "consent", "participation"]
B_CODES = ["serious_condition", "complex_needs", "consent"]

STATSFORVALTER = "Statsforvalteren i Oslo og Viken"


def answers(codes: list[str], **overrides: str) -> list[str]:
    out: list[str] = []
    for code in codes:
        out += ["--answer", f"{code}={overrides.get(code, 'yes')}"]
    return out


def set_unit(kecli: Any) -> None:
    for key, value in (
        ("municipality", "Bærum kommune"),
        ("unit_name", "Koordinerende enhet"),
        ("unit_address", "Postboks 700, 1304 Sandvika"),
        ("unit_phone", "67 50 40 00"),
        ("unit_email", "ke@baerum.kommune.no"),
        ("statsforvalter", STATSFORVALTER),
    ):
        kecli.json("config", "set", key, value)


def koordinator(kecli: Any, *extra: str, **overrides: str) -> str:
    case_id = str(kecli.new_case("--received", "2026-11-02")["id"])
    kecli.json_warned("case", "assess", case_id, *answers(K_CODES, **overrides), *extra)
    return case_id


def barnekoordinator(kecli: Any, *extra: str, born: str = "2015-06-15", **overrides: str) -> str:
    case_id = str(
        kecli.new_case(
            "--received", "2026-11-02", "--birth-date", born,
            "--guardian", "Mona Nordmann", "--guardian", "Per Nordmann",
            kind="barnekoordinator", name="Lille Nordmann",
        )["id"]
    )  # fmt: skip
    kecli.json("case", "assess", case_id, *answers(B_CODES, **overrides), *extra)
    return case_id


def refused_koordinator(kecli: Any) -> str:
    return koordinator(kecli, "--decided-on", "2026-11-20", long_term="no", complex="no")


def appealed(kecli: Any) -> str:
    case_id = refused_koordinator(kecli)
    kecli.json("case", "notify", case_id, "--on", "2026-11-23")
    kecli.json(
        "appeal", "file", case_id, "--filed-on", "2026-11-24", "--grounds",
        "Behovet har vart i fem år og vil vare lenge",
    )  # fmt: skip
    return case_id


def medhold(kecli: Any) -> str:
    case_id = appealed(kecli)
    kecli.json(
        "appeal", "decide", case_id, "--outcome", "medhold", "--on", "2026-11-26",
        "--note", "Ny legeerklæring viser at behovet er langvarig",
    )  # fmt: skip
    return case_id


def omgjort(kecli: Any) -> str:
    case_id = appealed(kecli)
    kecli.json("appeal", "escalate", case_id, "--on", "2026-11-25")
    kecli.json("appeal", "resolve", case_id, "--outcome", "omgjort", "--on", "2026-11-27")
    return case_id


def past_18(kecli: Any) -> str:
    kecli.json("config", "set", "barnekoordinator_past_18", "true")
    return barnekoordinator(kecli, born="2008-11-20")


def participation(kecli: Any) -> str:
    kecli.json("config", "set", "participation_required", "true")
    return koordinator(kecli, participation="no")


SCENARIOS: dict[str, Callable[[Any], str]] = {
    "koordinator innvilget with a plan": lambda k: koordinator(k, "--wants-ip"),
    "koordinator innvilget without a plan": lambda k: koordinator(k),
    "koordinator avslag not sent": refused_koordinator,
    "koordinator avslag reached the person": lambda k: (
        k.json("case", "notify", case_id := refused_koordinator(k), "--on", "2026-11-23")
        and case_id
    ),
    "koordinator avslag on the municipality's practice": participation,
    "barnekoordinator innvilget": lambda k: barnekoordinator(k, "--wants-ip"),
    "barnekoordinator avslag": lambda k: barnekoordinator(k, serious_condition="no"),
    "barnekoordinator continued past 18": past_18,
    "medhold": medhold,
    "omgjort": omgjort,
}

# English words (and kecli's own codes) that have no place in a bokmål letter ("to" and
# "no" are Norwegian too: two, and the .no of an address).
ENGLISH = re.compile(
    r"\b(the|and|of|you|your|appeal|decision|changed|granted|refused|unit|yes|none|"
    r"true|false|null|missing|criterion|criteria|deadline|caseworker|coordinator|"
    r"statsforvalter missing)\b",
    re.IGNORECASE,
)
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b|#\d|\b\d{4}-\d{2}-\d{2}\b(?!.*Saksnummer)")


def letter(kecli: Any, case_id: str, lang: str = "nb") -> str:
    result = kecli("case", "letter", case_id, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "", result.stderr  # every setting given: no placeholder
    return str(result.stdout)


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_a_bokmal_letter_has_no_english_word_code_or_internal_number(kecli, scenario):
    set_unit(kecli)
    case_id = SCENARIOS[scenario](kecli)
    text = letter(kecli, case_id)
    body = text.replace(case_id, "")  # the case number is the family's reference
    assert not ENGLISH.findall(body), ENGLISH.findall(body)
    assert not CODE.findall(body), CODE.findall(body)
    for line in text.splitlines():
        assert "kecli" not in line  # no command, no placeholder


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_every_letter_carries_the_letterhead_the_case_and_the_handler(kecli, scenario):
    set_unit(kecli)
    case_id = SCENARIOS[scenario](kecli)
    text = letter(kecli, case_id)
    for expected in (
        "**Bærum kommune**",
        "Koordinerende enhet",
        "Telefon 67 50 40 00 · E-post ke@baerum.kommune.no",
        f"Saksnummer: {case_id}",
        "Saksbehandler: tester",
        "Dato: 28. november 2026",
        "Med vennlig hilsen",
    ):
        assert expected in text
    english = letter(kecli, case_id, "en")
    assert "Caseworker: tester" in english and "Kind regards" in english


def test_a_koordinator_letter_speaks_to_the_person_and_states_each_condition(kecli):
    set_unit(kecli)
    text = letter(kecli, koordinator(kecli, "--note", "complex=Mange tjenester i hjemmet"))
    assert "Til:" not in text
    assert "Du har rett til koordinator." in text
    assert "| Du mottar eller trenger to eller flere helse- og omsorgstjenester. | ja |  |" in text
    assert "| Behovet ditt er komplekst. | ja | Mange tjenester i hjemmet |" in text
    # participation is the municipality's practice, not required: not a condition here
    assert "delta aktivt" not in text
    assert "Dere" not in text


def test_a_grant_without_a_plan_says_the_person_may_ask_for_one(kecli):
    set_unit(kecli)
    without = letter(kecli, koordinator(kecli))
    assert "Du kan også be om en individuell plan" in without
    with_plan = letter(kecli, koordinator(kecli, "--wants-ip"))
    assert "Du har også bedt om individuell plan" in with_plan
    assert "Du kan også be om" not in with_plan
    assert "klage" not in with_plan.lower()


def test_a_refusal_tells_the_family_how_to_appeal_and_where_to_get_help(kecli):
    set_unit(kecli)
    text = letter(kecli, refused_koordinator(kecli))
    assert "## Du kan klage" in text
    assert f"Du kan klage på avgjørelsen til {STATSFORVALTER}" in text
    assert "Klagen sender du til oss. Vi ser på saken på nytt" in text
    assert "Klagefristen er fire uker fra den dagen du mottok dette brevet" in text
    assert "skriftlig og underskrevet" in text
    assert "Vi hjelper deg gjerne med å skrive klagen." in text
    assert "Du har rett til å se dokumentene i saken din." in text
    assert "Pasient- og brukerombudet" in text
    assert "Send klagen til: Postboks 700, 1304 Sandvika" in text
    assert "Behovet ditt må være enten langvarig eller komplekst" in text
    # not sent: the rule, never a date counted from before the family got it
    assert "senest" not in text and "desember" not in text


def test_the_deadline_date_appears_once_the_day_it_reached_the_person_is_known(kecli):
    set_unit(kecli)
    case_id = refused_koordinator(kecli)
    kecli.json("case", "notify", case_id, "--sent-on", "2026-11-20", "--via", "post")
    assert "senest" not in letter(kecli, case_id)  # an estimate is never printed
    kecli.json("case", "notify", case_id, "--on", "2026-11-23")
    text = letter(kecli, case_id)
    assert (
        "Du mottok avgjørelsen 23. november 2026, så klagen må være postlagt eller levert til "
        "oss senest **21. desember 2026**."
    ) in text


def test_a_barnekoordinator_letter_is_to_the_guardians_about_the_child(kecli):
    set_unit(kecli)
    text = letter(kecli, barnekoordinator(kecli, "--wants-ip"))
    assert "Mona Nordmann  \nPer Nordmann" in text
    assert "*Gjelder: Lille Nordmann, født 15. juni 2015*" in text
    assert "Dere har rett til barnekoordinator for Lille Nordmann." in text
    assert "sammensatte" in text and "komplekse" not in text
    assert "Du " not in text and "du " not in text


def test_a_barnekoordinator_without_guardians_is_to_the_childs_parents(kecli):
    set_unit(kecli)
    case_id = str(
        kecli.new_case("--birth-date", "2015-06-15", kind="barnekoordinator", name="Ida")["id"]
    )
    kecli.json("case", "assess", case_id, *answers(B_CODES))
    assert "Til foreldrene til Ida" in letter(kecli, case_id)


def test_a_refused_barnekoordinator_says_an_ordinary_koordinator_may_still_be_a_right(kecli):
    set_unit(kecli)
    text = letter(kecli, barnekoordinator(kecli, serious_condition="no"))
    assert "Lille Nordmann kan ha rett til koordinator selv om dere ikke har rett til " in text
    assert "## Dere kan klage" in text
    assert "Vi hjelper dere gjerne med å skrive klagen." in text


def test_a_barnekoordinator_continued_past_18_says_it_is_the_municipalitys_choice(kecli):
    set_unit(kecli)
    text = letter(kecli, past_18(kecli))
    assert "Lille Nordmann har fylt 18 år, og kommunen har valgt å videreføre" in text
    assert "Retten til barnekoordinator gjelder til barnet fyller 18 år" in text


def test_a_refusal_on_the_municipalitys_practice_says_so(kecli):
    set_unit(kecli)
    text = letter(kecli, participation(kecli))
    assert "(Dette er kommunens egen praksis, ikke et vilkår i loven.)" in text
    assert "Avslaget bygger også på kommunens egen praksis" in text


@pytest.mark.parametrize(
    ("scenario", "who"),
    [
        ("medhold", "Vi har sett på saken på nytt og gir deg medhold: avgjørelsen er endret "
                    "26. november 2026, og du har rett til koordinator."),
        ("omgjort", f"{STATSFORVALTER} behandlet klagen og endret avgjørelsen 27. november "
                    "2026: du har rett til koordinator."),
    ],
)  # fmt: skip
def test_a_decision_changed_on_appeal_says_who_changed_it_when_and_why(kecli, scenario, who):
    set_unit(kecli)
    text = letter(kecli, SCENARIOS[scenario](kecli))
    assert "Du klaget 24. november 2026 på avgjørelsen av 20. november 2026." in text
    assert who in text
    assert "I klagen skrev du: «Behovet har vart i fem år og vil vare lenge»" in text
    # the grounds of the change, not the refused answers of the decision appealed
    assert "| nei |" not in text and "Vurderingen" not in text
    assert "klage #" not in text and "appeal" not in text.lower()
    if scenario == "medhold":
        assert "Begrunnelse: Ny legeerklæring viser at behovet er langvarig" in text


def test_the_english_letter_is_english_throughout(kecli):
    set_unit(kecli)
    text = letter(kecli, barnekoordinator(kecli, serious_condition="no"), "en")
    assert "To the" not in text  # the guardians are named
    assert "Your family does not have the right to a child coordinator (barnekoordinator)" in text
    assert "You may appeal against the decision to Statsforvalteren i Oslo og Viken" in text
    for word in ("Dere", "Klagefristen", "Saksbehandler", "Med vennlig hilsen"):
        assert word not in text


def test_a_missing_statsforvalter_is_a_visible_placeholder_and_a_warning(kecli):
    kecli.json("config", "set", "unit_name", "Koordinerende enhet")
    result = kecli("case", "letter", refused_koordinator(kecli), "--lang", "nb")
    assert result.exit_code == 0
    assert "[statsforvalter mangler: kecli config set statsforvalter …]" in result.stdout
    assert "statsforvalter is not set" in result.stderr


def test_a_granted_letter_does_not_warn_of_a_statsforvalter_it_does_not_name(kecli):
    for key, value in (("municipality", "Bærum kommune"), ("unit_name", "KE"),
                       ("unit_address", "Postboks 700")):  # fmt: skip
        kecli.json("config", "set", key, value)
    result = kecli("case", "letter", koordinator(kecli))
    assert result.exit_code == 0 and result.stderr == ""


# --- PDF, the other kinds, --sent (case letter --format pdf|md --kind … --sent --via) ------


def png(width: int = 4, height: int = 2) -> bytes:
    """A small, whole PNG image (a grey rectangle)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def appeal_receipt_case(kecli: Any, *, unsigned: bool = False) -> str:
    case_id = refused_koordinator(kecli)
    kecli.json("case", "notify", case_id, "--on", "2026-11-23")
    extra = ["--unsigned"] if unsigned else []
    kecli.json_warned(
        "appeal", "file", case_id, "--filed-on", "2026-11-24", "--grounds", "Jeg trenger hjelp",
        *extra,
    )  # fmt: skip
    return case_id


def forwarded_case(kecli: Any) -> str:
    case_id = appeal_receipt_case(kecli)
    kecli.json(
        "appeal", "decide", case_id, "--outcome", "ikke-medhold", "--on", "2026-11-25",
        "--note", "Behovet er dekket av hjemmesykepleien alene.",
    )  # fmt: skip
    kecli.json("appeal", "escalate", case_id, "--on", "2026-11-26")
    return case_id


def test_a_pdf_letter_is_written_private_as_pdf_a_and_logged(kecli, tmp_path):
    import stat

    set_unit(kecli)
    case_id = refused_koordinator(kecli)
    folder = tmp_path / "letters"
    folder.mkdir()
    target = folder / "brev.pdf"
    result = kecli("case", "letter", case_id, "--output", str(target))
    assert result.exit_code == 0, result.stderr
    content = target.read_bytes()
    assert content.startswith(b"%PDF-") and b"pdfaid" in content
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["brev.pdf"]  # no temporary left
    entry = kecli.json("case", "show", case_id)["history"][-1]
    assert entry["action"] == "letter.written"
    assert entry["details"]["kind"] == "decision" and entry["details"]["format"] == "pdf"


def test_format_pdf_goes_to_stdout_when_it_is_not_a_terminal(kecli):
    set_unit(kecli)
    result = kecli("case", "letter", koordinator(kecli), "--format", "pdf")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"%PDF-")


def test_an_existing_output_is_refused_unless_forced_and_never_written_through(kecli, tmp_path):
    set_unit(kecli)
    case_id = koordinator(kecli)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not a letter", encoding="utf-8")
    link = tmp_path / "brev.md"
    link.symlink_to(elsewhere)
    before = kecli.snapshot()
    refused = kecli("case", "letter", case_id, "--output", str(link))
    assert refused.exit_code == 1 and "already exists" in refused.stderr
    assert kecli.snapshot() == before
    forced = kecli("case", "letter", case_id, "--output", str(link), "--force", "--lang", "nb")
    assert forced.exit_code == 0, forced.stderr
    assert not link.is_symlink() and "Avgjørelse" in link.read_text(encoding="utf-8")
    assert elsewhere.read_text(encoding="utf-8") == "not a letter"


def test_the_receipt_of_an_appeal_tells_the_family_what_happens_next(kecli):
    set_unit(kecli)
    text = letter(kecli, appeal_receipt_case(kecli, unsigned=True), "nb")
    text = kecli("case", "letter", appeal_receipt_case(kecli, unsigned=True), "--kind",
                 "appeal-receipt", "--lang", "nb").stdout  # fmt: skip
    assert "# Vi har mottatt klagen din" in text
    assert "Vi viser til klagen din av 24. november 2026 på avgjørelsen vår av 20. " in text
    assert f"sender vi klagen til {STATSFORVALTER}" in text
    assert "Klagen er ikke underskrevet." in text
    assert "Pasient- og brukerombudet" in text


def test_the_forwarding_letter_goes_to_statsforvalteren_with_a_copy_to_the_family(kecli):
    set_unit(kecli)
    case_id = forwarded_case(kecli)
    result = kecli("case", "letter", case_id, "--kind", "forwarding", "--lang", "nb")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert f"\n{STATSFORVALTER}\n" in text
    assert "# Oversendelse av klage: koordinator for Kari Nordmann" in text
    assert "Vi sender over klagen fra Kari Nordmann av 24. november 2026" in text
    assert "| Klagen mottatt | 24. november 2026 (i tide) |" in text
    assert "Klageren skriver: «Jeg trenger hjelp»" in text
    assert "Vi har sett på saken på nytt og opprettholder avgjørelsen." in text
    assert "Behovet er dekket av hjemmesykepleien alene." in text
    assert "Kopi til: Kari Nordmann" in text
    assert "010180" not in text  # never a fødselsnummer in a letter


@pytest.mark.parametrize(
    ("kind", "build", "message"),
    [
        ("appeal-receipt", koordinator, "has no appeal"),
        ("forwarding", koordinator, "has no appeal"),
        ("forwarding", appeal_receipt_case, "is not forwarded to statsforvalteren"),
    ],
)
def test_a_letter_that_does_not_fit_the_case_names_the_missing_step(
    kecli, refused, kind, build, message
):
    case_id = build(kecli)
    refused(1, "case", "letter", case_id, "--kind", kind, message=message)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "invitation"], "Unknown letter kind 'invitation'"),
        (["--sent"], "--sent and --via go together"),
        (["--via", "post"], "--sent and --via go together"),
        (["--sent", "--via", "fax"], "Unknown --via 'fax'"),
        (["--format", "docx"], "Unknown --format 'docx'"),
    ],
)
def test_bad_letter_options_are_exit_2_and_write_nothing(kecli, refused, args, message):
    refused(2, "case", "letter", koordinator(kecli), *args, message=message)


def test_sent_with_a_letter_other_than_the_decision_is_exit_2(kecli, refused):
    case_id = appeal_receipt_case(kecli)
    refused(2, "case", "letter", case_id, "--kind", "appeal-receipt", "--sent", "--via", "post",
            message="only with --kind decision")  # fmt: skip


def test_sent_records_the_sending_with_the_letter(kecli, tmp_path):
    set_unit(kecli)
    case_id = refused_koordinator(kecli)
    result = kecli("case", "letter", case_id, "--output", str(tmp_path / "b.md"), "--sent",
                   "--via", "post")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    decision = kecli.json("case", "show", case_id)["decision"]
    assert (decision["sent_on"], decision["sent_via"]) == ("2026-11-28", "post")
    assert decision["appeal_deadline_estimated"] is True
    actions = [e["action"] for e in kecli.json("case", "show", case_id)["history"]]
    assert actions[-2:] == ["letter.written", "decision.notified"]


def test_a_letter_that_fails_to_render_leaves_no_file_and_no_entry(kecli, tmp_path, monkeypatch):
    import kecli.render.letters.pdf as pdf

    set_unit(kecli)
    case_id = koordinator(kecli)

    def broken(*_: object, **__: object) -> bytes:
        raise RuntimeError("typst failed")

    monkeypatch.setattr(pdf, "to_pdf", broken)
    folder = tmp_path / "letters"
    folder.mkdir()
    before = kecli.snapshot()
    result = kecli("case", "letter", case_id, "--output", str(folder / "b.pdf"))
    assert result.exit_code != 0
    assert kecli.snapshot() == before
    assert list(folder.iterdir()) == []


def test_a_logo_is_checked_stored_and_put_on_the_pdf(kecli, refused, tmp_path):
    from pypdf import PdfReader

    set_unit(kecli)
    logo = tmp_path / "logo.png"
    image = png()
    logo.write_bytes(image)
    shown = kecli.json("config", "set", "logo", str(logo))
    assert shown["value"] == f"png ({len(image)} bytes)"
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(image[:-20] + b"\0" * 20)
    refused(2, "config", "set", "logo", str(damaged), message="cannot be read as PNG")
    text_file = tmp_path / "logo.txt"
    text_file.write_text("not an image", encoding="utf-8")
    refused(2, "config", "set", "logo", str(text_file), message="is not a PNG or SVG file")
    big = tmp_path / "big.png"
    big.write_bytes(image + b"\0" * (1024 * 1024))
    refused(2, "config", "set", "logo", str(big), message="too big for a logo")
    target = tmp_path / "brev.pdf"
    assert kecli("case", "letter", koordinator(kecli), "--output", str(target)).exit_code == 0
    page = PdfReader(str(target)).pages[0]
    images = [x for x in page["/Resources"]["/XObject"].values() if x.get_object()["/Subtype"]
              == "/Image"]  # fmt: skip
    assert images


@pytest.mark.parametrize("kind", ["appeal-receipt", "forwarding"])
def test_the_appeal_letters_in_bokmal_have_no_english_word_or_code(kecli, kind):
    set_unit(kecli)
    case_id = forwarded_case(kecli)
    result = kecli("case", "letter", case_id, "--kind", kind, "--lang", "nb")
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    body = result.stdout.replace(case_id, "")
    assert not ENGLISH.findall(body), ENGLISH.findall(body)
    assert not CODE.findall(body), CODE.findall(body)


def test_config_show_says_which_letter_fields_are_still_missing(kecli):
    kecli.json("config", "set", "municipality", "Bærum kommune")
    shown = kecli("config", "show").stdout
    assert (
        "Letters still lack: unit_name, unit_address, unit_phone, unit_email, statsforvalter,"
        in (" ".join(shown.split()))
    )
    set_unit(kecli)
    assert "Letters still lack: logo" in " ".join(kecli("config", "show").stdout.split())


# --- the foreløpig svar (fvl § 11 a) -----------------------------------------------------


def awaiting(kecli: Any, kind: str = "koordinator") -> str:
    """A case received, not yet decided."""
    extra = (
        ("--birth-date", "2015-06-15", "--guardian", "Mona Nordmann")
        if kind != "koordinator"
        else ()
    )
    return str(kecli.new_case("--received", "2026-11-02", *extra, kind=kind)["id"])


@pytest.mark.parametrize(
    ("kind", "voice"),
    [("koordinator", "henvendelsen din"), ("barnekoordinator", "henvendelsen deres")],
)
def test_a_preliminary_reply_says_when_a_decision_can_be_expected(kecli, kind, voice):
    set_unit(kecli)
    case_id = awaiting(kecli, kind)
    result = kecli("case", "letter", case_id, "--kind", "preliminary-reply", "--expect",
                   "2027-01-20", "--lang", "nb")  # fmt: skip
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    text = result.stdout
    assert f"# Foreløpig svar på {voice}" in text
    assert "mottok 2. november 2026" in text
    assert "innen **20. januar 2027**." in text
    assert "forvaltningsloven § 11 a" in text
    body = text.replace(case_id, "")
    assert not ENGLISH.findall(body), ENGLISH.findall(body)
    assert not CODE.findall(body), CODE.findall(body)
    entry = kecli.json("audit", "list", "--case", case_id)[-1]
    assert (entry["action"], entry["details"]["kind"]) == ("letter.written", "preliminary-reply")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((), 2, "give --expect DATE"),
        (("--expect", "2026-01-01"), 2, "is before today"),
        (("--expect", "someday"), 2, "--expect"),
    ],
)
def test_a_preliminary_reply_needs_a_day_to_promise(kecli, refused, args, code, message):
    case_id = awaiting(kecli)
    refused(code, "case", "letter", case_id, "--kind", "preliminary-reply", *args,
            message=message)  # fmt: skip


def test_a_decided_case_gets_no_preliminary_reply(kecli, refused):
    refused(1, "case", "letter", koordinator(kecli), "--kind", "preliminary-reply", "--expect",
            "2027-01-20", message="already decided")  # fmt: skip


def test_expect_belongs_to_the_preliminary_reply(kecli, refused):
    refused(2, "case", "letter", koordinator(kecli), "--expect", "2027-01-20",
            message="--expect applies to --kind preliminary-reply only")  # fmt: skip


def test_output_dash_is_stdout_as_for_every_output(kecli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = kecli("case", "letter", koordinator(kecli), "--output", "-", "--lang", "nb")
    assert result.exit_code == 0, result.stderr
    assert "# Avgjørelse om koordinator" in result.stdout
    assert not (tmp_path / "-").exists()
