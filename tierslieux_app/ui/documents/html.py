"""The documents as HTML (a ``Rendered`` each), from core's figures (core/documents), in French or
English: the attestation, the project report, the valuation annex and the activity report.

Numbers, money and dates are formatted with ``QLocale``; charts are HTML tables of coloured
cells (vectors, selectable text). ``render.py`` paints them onto A4 pages.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from ...core import vocab as V
from .texts import t

if TYPE_CHECKING:  # the figures (SQLAlchemy…) are imported by whoever asks for a document
    from ...core.documents import ActivityReport, Attestation, Letterhead, ProjectReport, Valuation

TYPE_COLOURS = {"benevole": "#2e7d32", "salarie": "#1565c0", "mis_a_disposition": "#ef6c00"}


@dataclass
class Signatory:
    """Who signs, where and when (the place defaults to the structure's commune, the date to today)."""

    name: str = ""
    role: str = ""
    place: str = ""
    date: dt.date | None = None


@dataclass
class Rendered:
    """A document ready to paint: its HTML body and what goes around each page."""

    kind: str
    lang: str
    title: str
    body: str
    letterhead: Letterhead
    file_stem: str


# -- formatting -----------------------------------------------------------------------------


class Fmt:
    def __init__(self, lang: str):
        self.lang = lang
        self.locale = (
            QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
            if lang == "en"
            else QLocale(QLocale.Language.French, QLocale.Country.France)
        )

    def num(self, value: Decimal | float) -> str:
        return self.locale.toString(float(value), "f", 2)

    def int(self, value: int) -> str:
        return self.locale.toString(int(value))

    def hours(self, value: Decimal) -> str:
        return t("h", self.lang, self.num(value))

    def money(self, value: Decimal) -> str:
        return self.locale.toCurrencyString(float(value), "€")

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")

    def month(self, key: str) -> str:
        year, month = (int(p) for p in key.split("-"))
        return self.locale.toString(QDate(year, month, 1), "MMMM")

    def t(self, key: str, *args: object) -> str:
        return t(key, self.lang, *args)


def esc(text: object) -> str:
    return html.escape(str(text or ""), quote=False)


STYLE = """
<style>
body { font-size: 10pt; }
h1 { font-size: 17pt; font-weight: 600; margin-top: @4@; margin-bottom: @2@; }
h2 { font-size: 12.5pt; font-weight: 600; margin-top: @12@; margin-bottom: @4@; }
p { margin-top: @4@; margin-bottom: @2@; }
p.sub { color: #555555; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 0.5pt solid #999999; padding: @2@; }
th { background-color: #eeeeee; font-weight: 600; text-align: left; }
td.n, th.n { text-align: right; }
tr.total td { font-weight: 600; }
</style>
"""


def table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = (), total: bool = False
) -> str:
    """An HTML table; ``numeric`` columns right-aligned; ``total``: the last row in bold."""
    rows = list(rows)
    out = ['<table class="grid" width="100%" cellspacing="0" cellpadding="3">']
    if any(headers):
        out.append("<thead><tr>")
        first = ' width="40%"' if len(headers) > 2 else ""
        out += [
            f'<th class="{"n" if i in numeric else ""}"{first if i == 0 else ""}>{esc(h)}</th>'
            for i, h in enumerate(headers)
        ]
        out.append("</tr></thead>")
    for r, row in enumerate(rows):
        css = ' class="total"' if total and r == len(rows) - 1 else ""
        out.append(f"<tr{css}>")
        out += [f'<td class="{"n" if i in numeric else ""}">{cell}</td>' for i, cell in enumerate(row)]
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def bars(
    rows: Sequence[tuple[str, Sequence[tuple[Decimal, str]], str]], legend: Sequence[tuple[str, str]] = ()
) -> str:
    """A horizontal bar chart: one table per bar (label, stacked coloured segments, value).

    Qt lays out the columns of a table together, and ignores a nested table's percentage
    width: a table per bar lets each bar's segments take their own share of the width.
    """
    peak = max((sum((v for v, _ in segs), Decimal(0)) for _, segs, _ in rows), default=Decimal(0))
    label_w, value_w = 30, 16
    span = 100 - label_w - value_w
    out = []
    for label, segments, value in rows:
        cells = []
        used = 0
        for v, colour in segments:
            if v and peak:
                w = max(1, round(float(v / peak) * span))
                used += w
                cells.append(f'<td bgcolor="{colour}" width="{w}%"></td>')
        if used < span:
            cells.append(f'<td width="{span - used}%"></td>')
        out.append(
            '<table width="100%" cellspacing="0" cellpadding="1" style="margin: 0px 0px @1@ 0px"><tr>'
            f'<td width="{label_w}%">{esc(label)}</td>{"".join(cells)}'
            f'<td width="{value_w}%" align="right">{value}</td></tr></table>'
        )
    if legend:
        keys = " &nbsp; ".join(
            f'<span style="color:{colour}">■■</span>&nbsp;{esc(name)}' for name, colour in legend
        )
        out.append(f'<p class="sub">{keys}</p>')
    return "".join(out)


SIGNATURE_END = "<!-- signature -->"  # the signature block closes the body: never split over two pages


def signature_block(f: Fmt, head: Letterhead, signatory: Signatory) -> str:
    place = signatory.place or head.commune or ""
    when = f.date(signatory.date or dt.date.today())
    made = f.t("made_at", esc(place), when) if place else f.t("made_on", when)
    role = signatory.role or f.t("default_role")
    name = f"<b>{esc(signatory.name)}</b><br/>" if signatory.name else ""
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: @28@">'
        '<tr><td width="50%"></td>'
        f"<td>{made}<br/><br/>{name}{esc(role)}<br/><br/><br/>{f.t('signature')}</td></tr></table>"
        + SIGNATURE_END
    )


def type_rows(f: Fmt, by_type: dict[str, Decimal], total: Decimal) -> list[list[str]]:
    rows = []
    for code in V.TIME_TYPE.codes:
        row = [esc(V.TIME_TYPE.label(code, f.lang)), f.hours(by_type.get(code, Decimal(0)))]
        rows.append(row)
    rows.append([f.t("total"), f.hours(total)])
    return rows


# -- the four documents -------------------------------------------------------------------


def attestation_html(a: Attestation, lang: str, signatory: Signatory) -> Rendered:
    f = Fmt(lang)
    head = a.letterhead
    title = f.t("attestation.title", a.year)
    body = [STYLE, f"<h1>{esc(title)}</h1>"]
    body.append(
        "<p>"
        + f.t(
            "attestation.intro",
            esc(head.name),
            esc(a.full_name),
            a.year,
            f.hours(a.hours_total),
            f.hours(a.hours_by_type.get("benevole", Decimal(0))),
        )
        + "</p>"
    )
    body.append(f"<h2>{f.t('hours')}</h2>")
    body.append(
        table([f.t("time_type"), f.t("hours")], type_rows(f, a.hours_by_type, a.hours_total), (1,), True)
    )
    body.append(f"<h2>{f.t('attestation.projects')}</h2>")
    body.append(table([f.t("project"), f.t("hours")], ([esc(p), f.hours(h)] for p, h in a.projects), (1,)))
    body.append(f"<h2>{f.t('attestation.activities')}</h2>")
    body.append(
        table(
            [f.t("activity"), f.t("hours")],
            ([esc(V.ACTIVITY.label(c, lang)), f.hours(h)] for c, h in a.hours_by_activity.items()),
            (1,),
        )
    )
    body.append(f"<p>{f.t('attestation.closing')}</p>")
    body.append(signature_block(f, head, signatory))
    stem = "attestation" if lang == "fr" else "certificate"
    return Rendered(
        "attestation",
        lang,
        title,
        "".join(body),
        head,
        f"{stem}_{a.year}_{_slug(a.full_name)}_{a.participant_id[:8]}",
    )


def project_html(r: ProjectReport, lang: str, signatory: Signatory) -> Rendered:
    f = Fmt(lang)
    scope = (
        f.t("project.scope_year", r.year)
        if r.year is not None
        else f.t(
            "project.scope_all",
            "–".join(str(y) for y in ([r.years[0].year, r.years[-1].year] if r.years else [])),
        )
    )
    title = (
        f.t("project.title", f"« {r.title} »" if lang == "fr" else f"“{r.title}”")
        .replace("« ", "«\u00a0")
        .replace(" »", "\u00a0»")
    )
    body = [STYLE, f"<h1>{esc(title)}</h1>", f'<p class="sub">{esc(scope)}</p>']
    end = f.date(r.end_date) if r.end_date else f.t("project.open_end")
    if r.start_date:
        body.append(f"<p>{f.t('project.period', f.date(r.start_date) + ' – ' + end)}</p>")
    if r.summary:
        body.append(f"<p>{esc(r.summary)}</p>")
    body.append(f"<h2>{f.t('project.hours')}</h2>")
    rows = type_rows(f, r.hours_by_type, r.hours_total)
    body.append(table([f.t("time_type"), f.t("hours")], rows, (1,), True))
    body.append(
        table(
            ["", ""],
            [[f.t("fte"), f.num(r.fte_total)], [f.t("valuation"), f.money(r.volunteer_valuation)]],
            (1,),
        )
    )
    if r.years:
        basis = "; ".join(sorted({f.t("fte_basis", f.int(s.hours_per_fte)) for s in r.years}))
        rates = ", ".join(
            f"{s.year} : {f.money(s.volunteer_hourly_rate)}".replace(" :", "\u00a0:")
            if lang == "fr"
            else f"{s.year}: {f.money(s.volunteer_hourly_rate)}"
            for s in r.years
        )
        body.append(
            f'<p class="sub">{esc(basis)}. {f.t("rate")}\u00a0: {rates}.</p>'
            if lang == "fr"
            else f'<p class="sub">{esc(basis)}. {f.t("rate")}: {rates}.</p>'
        )
    if r.year is None and len(r.years) > 1:
        body.append(f"<h2>{f.t('project.by_year')}</h2>")
        body.append(
            table(
                [
                    f.t("project.year"),
                    *(V.TIME_TYPE.label(c, lang) for c in V.TIME_TYPE.codes),
                    f.t("total"),
                    f.t("project.people_col"),
                ],
                (
                    [
                        str(s.year),
                        *(f.hours(s.hours_by_type[c]) for c in V.TIME_TYPE.codes),
                        f.hours(s.hours_total),
                        f.int(s.people),
                    ]
                    for s in r.years
                ),
                (1, 2, 3, 4, 5),
            )
        )
    activity: dict[str, Decimal] = {}
    for s in r.years:
        for code, h in s.hours_by_activity.items():
            activity[code] = activity.get(code, Decimal(0)) + h
    if activity:
        body.append(f"<h2>{f.t('report.by_activity')}</h2>")
        body.append(
            bars([(V.ACTIVITY.label(c, lang), [(h, "#5c6bc0")], f.hours(h)) for c, h in activity.items()])
        )
    body.append(f"<h2>{f.t('project.people')}</h2>")
    people = [
        [esc(V.PARTICIPANT_CATEGORY.label(c, lang)), f.int(n)] for c, n in r.people_by_category.items() if n
    ]
    people.append([f.t("project.people_total"), f.int(r.people_total)])
    body.append(table([f.t("report.category"), f.t("report.count")], people, (1,), True))
    if r.credited:
        body.append(f"<h2>{f.t('project.credited')}</h2><p>{esc(', '.join(r.credited))}</p>")
    body.append(f"<h2>{f.t('project.outputs')}</h2>")
    body.append(
        table(
            [f.t("project.date"), f.t("project.type"), f.t("project.title_col")],
            (
                [
                    f.date(o["date"]),
                    esc(
                        V.OUTPUT_TYPE.label(o["output_type"], lang)
                        if o["output_type"]
                        else f.t("report.unset")
                    ),
                    esc(o["title"]),
                ]
                for o in r.outputs
            ),
        )
        if r.outputs
        else f"<p>{f.t('none')}</p>"
    )
    body.append(f"<h2>{f.t('project.partners')}</h2>")
    body.append(
        table(
            [f.t("project.partners"), f.t("project.role")],
            ([esc(p["organisation_name"]), esc(V.PARTNER_ROLE.label(p["role"], lang))] for p in r.partners),
        )
        if r.partners
        else f"<p>{f.t('none')}</p>"
    )
    body.append(f"<h2>{f.t('project.funding')}</h2>")
    if r.funding:
        rows = [
            [
                str(x["year"]),
                esc(x["funder_name"]),
                esc(V.PROGRAMME.label(x["programme"], lang)),
                f.money(x["amount"]),
            ]
            for x in r.funding
        ]
        rows.append([f.t("total"), "", "", f.money(r.funding_total)])
        body.append(
            table(
                [f.t("project.year"), f.t("project.funder"), f.t("project.programme"), f.t("project.amount")],
                rows,
                (3,),
                True,
            )
        )
    else:
        body.append(f"<p>{f.t('none')}</p>")
    body.append(signature_block(f, r.letterhead, signatory))
    suffix = str(r.year) if r.year is not None else "total"
    stem = "bilan-projet" if lang == "fr" else "project-report"
    return Rendered(
        "bilan-projet", lang, title, "".join(body), r.letterhead, f"{stem}_{suffix}_{_slug(r.title)}"
    )


def valuation_html(v: Valuation, lang: str, signatory: Signatory) -> Rendered:
    f = Fmt(lang)
    title = f.t("valuation.title", v.year)
    body = [STYLE, f"<h1>{esc(title)}</h1>", f'<p class="sub">{f.t("valuation.subtitle")}</p>']
    body.append(f"<p>{f.t('valuation.period', v.year)}<br/>{f.t('valuation.method', esc(v.method))}</p>")
    rows = [
        [f.t("valuation.hours"), f.hours(v.volunteer_hours)],
        [f.t("rate"), f.money(v.volunteer_hourly_rate)],
        [f.t("valuation.volunteers"), f.int(v.volunteers)],
        [f.t("valuation"), f.money(v.volunteer_valuation)],
    ]
    body.append(table(["", ""], rows, (1,), True))
    body.append(f"<h2>{f.t('valuation.accounts')}</h2>")
    body.append(
        table(
            [f.t("valuation.account"), f.t("valuation.amount")],
            [
                [f.t("valuation.864"), f.money(v.volunteer_valuation)],
                [f.t("valuation.875"), f.money(v.volunteer_valuation)],
            ],
            (1,),
        )
    )
    body.append(f'<p class="sub">{f.t("valuation.note")}</p>')
    body.append(f"<h2>{f.t('valuation.by_project')}</h2>")
    body.append(
        table(
            [f.t("project"), f.t("valuation.hours"), f.t("valuation")],
            ([esc(r.title), f.hours(r.volunteer_hours), f.money(r.valuation)] for r in v.rows),
            (1, 2),
        )
        if v.rows
        else f"<p>{f.t('none')}</p>"
    )
    body.append(signature_block(f, v.letterhead, signatory))
    stem = "valorisation-benevolat" if lang == "fr" else "volunteer-valuation"
    return Rendered("valorisation", lang, title, "".join(body), v.letterhead, f"{stem}_{v.year}")


def activity_html(r: ActivityReport, lang: str, signatory: Signatory | None = None) -> Rendered:
    f = Fmt(lang)
    fig = r.figures
    title = f.t("report.title", r.year)
    body = [STYLE, f"<h1>{esc(title)}</h1>", f'<p class="sub">{esc(r.letterhead.name)}</p>']
    body.append(f"<h2>{f.t('report.key')}</h2>")
    key = [
        [f.t("report.active_projects"), f.int(fig.active_projects)],
        [f.t("report.participants"), f.int(fig.participants_total)],
        [f.t("report.hours_total"), f.hours(fig.hours_total)],
        [f.t("fte"), f.num(fig.fte_total)],
        [f.t("valuation"), f.money(fig.volunteer_valuation)],
        [f.t("report.outputs_total"), f.int(fig.outputs_total)],
        [f.t("report.funding_total"), f.money(fig.funding_total)],
    ]
    body.append(table(["", ""], key, (1,)))
    basis = f.t("fte_basis", f.int(fig.hours_per_fte))
    sep = "\u00a0:" if lang == "fr" else ":"
    body.append(f'<p class="sub">{esc(basis)}. {f.t("rate")}{sep} {f.money(fig.volunteer_hourly_rate)}.</p>')
    body.append(f"<h2>{f.t('hours')}</h2>")
    body.append(
        table([f.t("time_type"), f.t("hours")], type_rows(f, fig.hours_by_type, fig.hours_total), (1,), True)
    )
    legend = [(V.TIME_TYPE.label(c, lang), TYPE_COLOURS[c]) for c in V.TIME_TYPE.codes]
    body.append(f"<h2>{f.t('report.by_month')}</h2>")
    body.append(
        bars(
            [
                (
                    f.month(m),
                    [(hours.get(c, Decimal(0)), TYPE_COLOURS[c]) for c in V.TIME_TYPE.codes],
                    f.hours(sum(hours.values(), Decimal(0))),
                )
                for m, hours in sorted(r.hours_by_month.items())
            ],
            legend,
        )
    )
    body.append(f"<h2>{f.t('report.by_project')}</h2>")
    body.append(
        bars(
            [
                (
                    p["title"],
                    [(p.get(c, Decimal(0)), TYPE_COLOURS[c]) for c in V.TIME_TYPE.codes],
                    f.hours(p["total"]),
                )
                for p in r.projects
            ],
            legend,
        )
    )
    if r.hours_by_activity:
        body.append(f"<h2>{f.t('report.by_activity')}</h2>")
        body.append(
            bars(
                [
                    (V.ACTIVITY.label(c, lang), [(h, "#5c6bc0")], f.hours(h))
                    for c, h in r.hours_by_activity.items()
                ]
            )
        )
    body.append(f"<h2>{f.t('report.by_category')}</h2>")
    people = [
        [esc(V.PARTICIPANT_CATEGORY.label(c, lang)), f.int(n)]
        for c, n in fig.participants_by_category.items()
        if n
    ]
    people.append([f.t("total"), f.int(fig.participants_total)])
    body.append(table([f.t("report.category"), f.t("report.count")], people, (1,), True))
    body.append(f'<p class="sub">{f.t("report.privacy")}</p>')
    body.append(f"<h2>{f.t('report.outputs_by_type')}</h2>")
    outs = [
        [esc(V.OUTPUT_TYPE.label(c, lang) if c != "non_renseigne" else f.t("report.unset")), f.int(n)]
        for c, n in fig.outputs_by_type.items()
        if n
    ]
    outs.append([f.t("total"), f.int(fig.outputs_total)])
    body.append(table([f.t("project.type"), f.t("report.count")], outs, (1,), True))
    if r.outputs:
        body.append(f"<h2>{f.t('report.outputs')}</h2>")
        body.append(
            table(
                [f.t("project.date"), f.t("project.title_col"), f.t("project")],
                ([f.date(o["date"]), esc(o["title"]), esc(o["project"])] for o in r.outputs),
            )
        )
    body.append(f"<h2>{f.t('report.funding')}</h2>")
    funds = [[esc(V.PROGRAMME.label(p, lang)), f.money(a)] for p, a in fig.funding_by_programme.items() if a]
    funds.append([f.t("total"), f.money(fig.funding_total)])
    body.append(table([f.t("project.programme"), f.t("project.amount")], funds, (1,), True))
    body.append(f"<h2>{f.t('report.partners')}</h2>")
    body.append(f"<p>{esc(', '.join(r.partners))}</p>" if r.partners else f"<p>{f.t('none')}</p>")
    if signatory is not None and (signatory.name or signatory.role):
        body.append(signature_block(f, r.letterhead, signatory))
    stem = "rapport-activite" if lang == "fr" else "activity-report"
    return Rendered("rapport-activite", lang, title, "".join(body), r.letterhead, f"{stem}_{r.year}")


def _slug(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()[:60] or "document"
