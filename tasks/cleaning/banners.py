"""Boxes a site lays over every page: cookie consent, "an official website of …", "BETA", the
newsletter sign-up form, the notice that JavaScript is off, the offer to buy a paywalled article.

They sit above the page's text, or float at its foot, and they are written in sentences ("We use
some essential cookies to make this website work."), so the tests that tell a menu from the
text take them for the text's start. What gives them away is their shape as a whole: a cookie
banner is a few lines about cookies with the buttons to answer it ("Accept additional cookies",
"Reject all"); a government banner opens with "An official website of …" and goes on about
the domain and the padlock; a phase banner is a tag and one sentence asking for feedback; a
sign-up box is an e-mail field with its button, under a line or two of promotion, or a newsletter
platform's "Subscribe" button right under its one-sentence pitch; a publisher's
purchase box ("Access this article", "Buy article PDF 39,95 €", "Price includes VAT") is a
column of offers with their prices; a news site's paywall ("Subscribe to keep reading", "Cet
article est réservé aux abonnés") says the rest of the article is for subscribers, over its offer
and its "Already a subscriber? Sign in".

A sentence about cookies in an article has no buttons beside it, and a sentence naming an
official website does not open a run of such lines, so both stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tasks.cleaning import signals

_BUTTONS_CHARS = 120  # a row of three or four consent buttons
_MAX_WORDS = 70  # the longest consent paragraph seen is about sixty words
_BANNER_HEADING_WORDS = 8

# "Accept additional cookies", "Reject all", "Manage preferences", "Alle akzeptieren", "Tout refuser"
_BUTTON = (
    r"(?:(?:Accept|Reject|Allow|Decline|Deny|Refuse|Manage|Customi[sz]e|Change|View|Set|Save|Use"
    r"|Only (?:accept|allow|use))(?: (?:all|only|additional|analytics|essential|necessary|optional"
    r"|required|selected|my|your|the|non-essential|recommended))*(?: cookies?| cookie settings| settings"
    r"| preferences| choices| selection| consent)?"
    r"|(?:Cookie|Cookies|Privacy) (?:settings|preferences|policy|notice|options)"
    r"|I (?:accept|agree|understand)|Agree(?: and (?:close|continue|proceed))?|Got it|OK|Okay|Dismiss"
    r"|Alle (?:akzeptieren|ablehnen|Cookies akzeptieren)|Akzeptieren|Ablehnen|Einstellungen"
    r"|Tout (?:accepter|refuser)|Accepter|Refuser|Aceptar(?: todo| todas)?|Rechazar(?: todo| todas)?"
    r"|Aceitar(?: todos| tudo)?|(?:Rejeitar|Recusar)(?: todos| tudo| opcionais)?|(?:Definições|Preferências) de cookies"
    r"|Accetta(?: tutti)?|Rifiuta(?: tutti)?|Alles accepteren|Weigeren|Akkoord"
    r"|(?:Za)?[Aa]kceptuj(?:ę|e)?(?: wszystkie)?(?: i przechodzę do serwisu)?|Odrzuć(?: wszystkie)?"
    r"|Ustawienia(?: zaawansowane| cookies| prywatności)?|Přijmout vše|Odmítnout(?: vše)?"
    r"|Acceptera(?: alla)?|Godkänn(?: alla)?|Accepter alle|Afvis(?: alle)?|Godta alle|Hyväksy kaikki"
    r"|Kabul et|Принять(?: все)?|Отклонить"
    # "Customise" and "only necessary" in the languages of the sites that print it alone
    r"|Tilpas|Tilpass|Anpassa|Anpassen|Aanpassen|Personnaliser|Personalizar|Personalizza|Configurar"
    r"|(?:Indstillinger|Innstillinger|Inställningar)|Kun nødvendige(?: cookies)?|Bara nödvändiga(?: cookies)?"
    r"|Tillad alle|Tillat alle|Tillåt alla|Godkend alle|Godta|Avvis(?: alle)?|Avvisa(?: alla)?|Neka(?: alla)?"
    r"|Hylkää(?: kaikki)?|Nur notwendige(?: Cookies)?|Solo necesarias|Apenas necessários|Solo necessari)"
)
_CONSENT_BUTTON = re.compile(rf"^{_BUTTON}[.!]?$", re.IGNORECASE)
# The buttons saved on one line: "Accept additional cookies Reject additional cookies View cookies"
_CONSENT_BUTTONS = re.compile(rf"^{_BUTTON}(?:\s+{_BUTTON})+$", re.IGNORECASE)
# Buttons that answer a banner only once one is open: "Learn more" alone is a link like any other.
_BANNER_LINK = re.compile(
    r"^(?:Learn more|More info(?:rmation)?|Read more|Find out more(?: about cookies)?|Close|Hide(?: this message)?"
    r"|Hide cookie message|Change (?:your )?cookie settings|View cookies|Cookie policy|Privacy policy"
    r"|Mehr erfahren|En savoir plus|Más información|Saiba mais|Ulteriori informazioni|Meer informatie)[.!]?$",
    re.IGNORECASE,
)
_COOKIE = re.compile(r"cookie", re.IGNORECASE)
_CONSENT_WORDS = re.compile(
    r"\b(?:consent|privacy|partners|personal data|your data|preferences|tracking|analytics|advertising"
    r"|prywatnoś\w*|Datenschutz\w*|confidentialité|privacidad|privacidade|riservatezza|personuppgifter)\b",
    re.IGNORECASE,
)
# Where a paywalled article stops: the notice that the rest is for subscribers, in the languages
# news sites print it.
_PAYWALL_OPENER = re.compile(
    r"^(?:Subscribe (?:to|and) (?:keep|continue) reading\b.{0,40}|Subscribe to read (?:the full|this) (?:article|story)"
    r"|This (?:article|story|content|post) is (?:only )?(?:for|available to|reserved for|exclusive to)"
    r" (?:paying |paid )?(?:subscribers|members)|You have \d+ free (?:articles?|stories) (?:left|remaining)\b.{0,40}"
    r"|You(?:'ve| have) reached your (?:free )?(?:article|story) limit\b.{0,60}"
    r"|To continue reading, (?:subscribe|log in|sign in)\b.{0,80}"
    r"|(?:Cet article|Ce contenu) est réservé aux abonnés|Il vous reste \d+ ?% de l[’']article à lire"
    r"|Dieser (?:Artikel|Beitrag|Inhalt) ist (?:nur )?(?:für|exklusiv für) Abonnent\w*"
    r"|Este (?:artículo|contenido) es (?:exclusivo )?(?:solo )?para suscriptores"
    r"|Este (?:artigo|conteúdo) é exclusivo para assinantes|Questo (?:articolo|contenuto) è riservato agli abbonati"
    r")[.!]?$",
    re.IGNORECASE,
)
# "Already a subscriber? Sign in": a site's, wherever it stands.
_ALREADY_SUBSCRIBED = re.compile(
    r"^(?:Already (?:a )?(?:subscriber|member)|Déjà abonnée?|Bereits Abonnent(?:in)?|¿Ya (?:eres|es) suscriptor"
    r"|Já é assinante|Sei già abbonato)\s*\??\s*(?:Sign in|Log in|Se connecter|Anmelden|Einloggen"
    r"|Inicia sesión|Entrar|Accedi)?[.!]?$",
    re.IGNORECASE,
)
# What the lines of the offer under a paywall notice speak of.
_PAYWALL_WORDS = re.compile(
    r"subscri|abonn|\bAbo\b|suscri|assin|abbona|sign in|log in|se connecter|anmelden|cancel anytime"
    r"|sans engagement|jederzeit kündbar|\bmonths?\b|\bmois\b|\bMonat|\bmes(?:es)?\b",
    re.IGNORECASE,
)
_PAYWALL_LINE_WORDS = 25
_PAYWALL_BUTTON_WORDS = 3  # "Je m'abonne", "See subscription options"

_OFFICIAL_OPENER = re.compile(
    r"^(?:An official (?:website|site|web site) of (?:the )?\S.{1,60}|An official [\w .'-]{1,40} (?:website|site))$"
)
_OFFICIAL_WORDS = re.compile(
    r"\.gov\b|\.mil\b|\.europa\.eu\b|https://|\bofficial\b|\bsecure\b|\bpadlock\b|\block\b|\bencrypted\b"
    r"|how (?:you|do you) know",
    re.IGNORECASE,
)
_PHASE_BANNER = re.compile(
    r"^(?:ALPHA|BETA|Alpha|Beta|PREVIEW|Preview)\s+(?:This is a new (?:service|website|site|page|version)\b"
    r"|.{0,80}\byour feedback\b).{0,200}$"
)


# An e-mail field and the button beside it: "Enter your email address", "Sign up".
_EMAIL_FIELD = re.compile(
    r"^(?:Enter |Type )?(?:your |you )?(?:e-?mail|email address|e-mail address|E-Mail-Adresse|Adresse e-mail"
    r"|Correo electrónico|Endereço de e-mail|Indirizzo email|Din e-?mail(?:adresse)?|Din e-postadress"
    r"|Din e-postadresse|E-postadress|Sähköpostiosoite)(?: address| here)?(?:\s*\*?:?|\.\.\.|…)$",
    re.IGNORECASE,
)
_SUBSCRIBE_BUTTON = re.compile(
    r"^(?:Sign up(?: now)?|Sign me up|Subscribe(?: now)?|Join(?: now)?|Submit|Go|Get it|Anmelden|Abonnieren"
    r"|S'abonner|S’abonner|Suscribirse|Suscríbete|Inscrever-se|Iscriviti|Tilmeld(?: dig)?|Meld deg på"
    r"|Prenumerera|Anmäl dig|Tilaa|Aanmelden|Zapisz się)[.!]?$",
    re.IGNORECASE,
)
_LONGEST_FIELD = 40
# A subscribe button alone, with no field beside it: a newsletter platform's, under its pitch.
_SUBSCRIBE_ONLY = re.compile(
    r"^(?:Subscribe(?: now| for free)?|Sign up(?: now| for free)?|Abonnieren|S'abonner|S’abonner|Suscribirse"
    r"|Suscríbete|Inscrever-se|Iscriviti)[.!]?$",
    re.IGNORECASE,
)
# The pitch over it asks for subscribers or sign-ups and promises posts or a newsletter:
# "Thanks for reading The Town Clock! Subscribe for free to receive new posts and support my work."
_SUBSCRIBE_PITCH = re.compile(
    r"\bsubscri(?:be|bers?|ption)\b.{0,200}\b(?:posts?|newsletter|inbox|issues?|updates|work|stories)\b"
    r"|\b(?:posts?|newsletter|inbox|issues?|updates|work|stories)\b.{0,200}\bsubscri(?:be|bers?|ption)\b",
    re.IGNORECASE,
)
_PITCH_WORDS = 40
# First letters of an e-mail field, a JavaScript notice, a phase tag, an official banner, a
# purchase box and a paywall.
_OPENING_LETTERS = frozenset("EeTtYyAaCcIiPpJjBbOoGgSsDdQq¿")

# The heading of a publisher's offer: "Access this article", "Buy chapter", "Get access",
# "This is a preview of subscription content, log in via an institution to check access."
_PURCHASE_OPENER = re.compile(
    r"^(?:Access (?:this|the full) (?:article|chapter|book|paper|issue|content|entry)"
    r"|Buy (?:this |the )?(?:article|chapter|book|e-?book|issue|paper|PDF|article PDF|print issue)\b.{0,30}"
    r"|Purchase (?:options|access|this (?:article|chapter|book))|Get (?:full )?access(?: to this (?:article|chapter))?"
    r"|Subscribe to (?:read|continue reading|this journal).{0,40}"
    r"|This is a preview of subscription content\b.{0,120})[.:]?$",
    re.IGNORECASE,
)
# What else such a box offers, under the heading: prices, formats, the terms of sale.
_PRICE = re.compile(
    r"(?:[€$£¥]|\b(?:EUR|USD|GBP|CHF|AUD|CAD)\b)\s?\d|\d[\d.,]*\s?(?:€|\b(?:EUR|USD|GBP|CHF)\b)"
)
_PURCHASE_WORDS = re.compile(
    r"\b(?:buy|purchas\w*|rent|rental|subscri\w*|checkout|check out|VAT|tax|institution\w*|access|download"
    r"|PDF|e-?book|hardcover|paperback|softcover|device|forever|personal use|price[sd]?|cart|log in|login|sign in"
    r"|instant\w*|read online|DeepDyve|units?|cancel anytime|shipping|dispatched)\b",
    re.IGNORECASE,
)
_PURCHASE_LINE_WORDS = 12  # "Tax calculation will be finalised during checkout" and longer terms
_SIGN_UP_PROMOTION = 4  # lines of promotion over the field: a heading, a blurb, an offer
# What the promotion over the field speaks of; the text above it (a page saved without blank
# lines runs straight into the box) does not.
_SIGN_UP_PITCH = re.compile(
    r"newsletter|e-?mail|inbox|indbakke|innboks|inkorg|sign up|subscribe|first to hear|stay in touch|updates"
    r"|offers?\b|off your first|nyhedsbrev|nyhetsbrev"
    r"|briefing|never miss|don't miss|don’t miss|join our",
    re.IGNORECASE,
)
_SIGN_UP_SMALL_PRINT = re.compile(
    r"newsletter|privacy|unsubscribe|spam|promotion|terms|privatlivs|personvern|integritet|afmeld|avmeld",
    re.IGNORECASE,
)
_NOSCRIPT = re.compile(
    r"^(?:Please )?(?:turn on|enable|activate) JavaScript\b.{0,160}$|^JavaScript (?:is|must be|has been) "
    r"(?:disabled|required|turned off|not enabled|switched off)\b.{0,200}$|^You need to enable JavaScript\b.{0,160}$"
    r"|^(?:This|Our) (?:site|page|website|web site|app|application) (?:requires|needs|works best with) JavaScript\b.{0,160}$"
    r"|^JavaScript ist (?:in Ihrem Browser )?deaktiviert\b.{0,200}$|^Bitte aktivieren Sie JavaScript\b.{0,160}$"
    r"|^JavaScript est désactivé\b.{0,200}$|^JavaScript está desactivado\b.{0,200}$",
    re.IGNORECASE,
)


def find_banners(lines: list[str], cookies: bool = True) -> dict[int, str]:
    """Line index -> the kind of banner it belongs to, for every banner line of a page.

    ``cookies=False`` skips the search for a consent banner on a page that never says "cookie".
    """
    found: dict[int, str] = {}
    nonblank = [i for i, text in enumerate(lines) if text.strip()]
    for position, i in enumerate(nonblank):
        text = lines[i].strip()
        if text[:1] not in _OPENING_LETTERS:  # what each banner's first line can start with
            continue
        if len(text) <= _LONGEST_FIELD and _EMAIL_FIELD.match(text):
            for j in _sign_up_box(lines, nonblank, position):
                found[j] = "newsletter sign-up box"
        elif "JavaScript" in text and _NOSCRIPT.match(text):
            found[i] = "notice that JavaScript is off"
        elif _PHASE_BANNER.match(text):
            found[i] = "service phase banner"
        elif i not in found and text.startswith("An official") and _OFFICIAL_OPENER.match(text):
            for j in _run(lines, nonblank, position, _is_official_line):
                found[j] = "official-site banner"
        elif i not in found and _PAYWALL_OPENER.match(text):
            for j in _run(lines, nonblank, position, _is_paywall_line, gap=False):
                found[j] = "paywall notice"
        elif len(text) <= _LONGEST_FIELD and _SUBSCRIBE_ONLY.match(text):
            for j in _pitched_button(lines, nonblank, position):
                found[j] = "newsletter sign-up box"
        elif _ALREADY_SUBSCRIBED.match(text):
            found[i] = "paywall notice"
        elif i not in found and _PURCHASE_OPENER.match(text):
            for j in _purchase_box(lines, nonblank, position):
                found[j] = "purchase box"
    for run in _cookie_runs(lines, nonblank) if cookies else ():
        for j in run:
            found.setdefault(j, "cookie consent banner")
    return found


def _run(
    lines: list[str], nonblank: list[int], position: int, belongs: Callable[[str], bool], gap: bool = True
) -> list[int]:
    """The opener at ``position`` and the non-blank lines after it that ``belongs`` accepts;
    with ``gap=False`` a blank line ends the run too."""
    run = [nonblank[position]]
    for j in nonblank[position + 1 :]:
        if not belongs(lines[j].strip()) or (not gap and j != run[-1] + 1):
            break
        run.append(j)
    return run


def _is_paywall_line(text: str) -> bool:
    """A line of the offer under a paywall notice: its pitch, its price, its buttons.

    >>> _is_paywall_line("Abonnez-vous dès 1 € le premier mois, sans engagement."), _is_paywall_line("Je m'abonne")
    (True, True)
    >>> _is_paywall_line("Residents can subscribe to text alerts about the detours by choosing Roadworks.")
    True
    """
    words = _words(text)
    if words > _PAYWALL_LINE_WORDS:
        return False
    if _PAYWALL_WORDS.search(text) or _PRICE.search(text) or _ALREADY_SUBSCRIBED.match(text):
        return True
    return words <= _PAYWALL_BUTTON_WORDS and not signals.SENTENCE_END.search(text)


def _sign_up_box(lines: list[str], nonblank: list[int], position: int) -> list[int]:
    """The e-mail field at ``position`` with its button, the promotion right over it and the small
    print right under it; nothing when no button stands beside the field.

    A form described in a how-to ("Email address" over a sentence) has no button beside it.
    """
    field = nonblank[position]
    button = next(
        (
            nonblank[p]
            for p in (position + 1, position - 1)
            if 0 <= p < len(nonblank)
            and _SUBSCRIBE_BUTTON.match(signals.link_text(lines[nonblank[p]]).strip())
        ),
        None,
    )
    if button is None:
        return []
    box = [field, button]
    above = min(field, button)
    for _ in range(_SIGN_UP_PROMOTION):
        if above == 0:
            break
        pitch = lines[above - 1]
        # a contact line names an address to write to ("email hello@…"); a sign-up pitch never does
        if _words(pitch) > _MAX_WORDS or not _SIGN_UP_PITCH.search(pitch) or "@" in pitch:
            break
        above -= 1
        box.append(above)
    below = max(field, button) + 1
    while below < len(lines) and lines[below].strip() and _SIGN_UP_SMALL_PRINT.search(lines[below]):
        box.append(below)
        below += 1
    return box


def _pitched_button(lines: list[str], nonblank: list[int], position: int) -> list[int]:
    """The subscribe button at ``position`` and the pitch right over it; nothing without a pitch.

    A "Subscribe" heading over a section about subscriptions has the section's text under it and
    the end of another section above it, which asks no one to subscribe.
    """
    if position == 0:
        return []
    button, pitch = nonblank[position], nonblank[position - 1]
    text = lines[pitch].strip()
    if button - pitch > 2 or _words(text) > _PITCH_WORDS or not _SUBSCRIBE_PITCH.search(text):
        return []
    return [pitch, button]


def _purchase_box(lines: list[str], nonblank: list[int], position: int) -> list[int]:
    """The offer heading at ``position`` and the offers right under it; nothing without a price.

    The box is a column of short lines in the vocabulary of a sale, and it names a price
    somewhere ("EUR 29.95"), which a sentence that only starts like a heading ("Buy this book if
    you love birds") does not; a publisher's notice that the page is a preview is one alone.
    """
    box = _offer_run(lines, nonblank, position)
    lines_of_box = [lines[j] for j in box]
    if any(_PRICE.search(text) for text in lines_of_box) or lines_of_box[0].lstrip().startswith(
        "This is a preview"
    ):
        return box
    return []


def _offer_run(lines: list[str], nonblank: list[int], position: int) -> list[int]:
    """The offer heading at ``position`` and the lines of the sale under it.

    A plan's or a format's name between the offers ("Aldermoor+ Basic", "Chapter", "Hardcover
    Book") has none of a sale's words: up to ``_OFFER_GAP`` short lines in a row, with no blank
    line before them, are taken when a line of the sale follows them.
    """
    run = [nonblank[position]]
    pending: list[int] = []
    for j in nonblank[position + 1 :]:
        text = lines[j].strip()
        if _is_purchase_line(text):
            run += pending
            run.append(j)
            pending = []
        elif (
            len(pending) < _OFFER_GAP
            and j == (pending or run)[-1] + 1  # a blank line ends the box's column
            and _words(text) <= _OFFER_NAME_WORDS
            and not signals.SENTENCE_END.search(text)
        ):
            pending.append(j)
        else:
            break
    return run


_OFFER_GAP = 2
_OFFER_NAME_WORDS = 4


def _is_purchase_line(text: str) -> bool:
    return _words(text) <= _PURCHASE_LINE_WORDS and bool(_PRICE.search(text) or _PURCHASE_WORDS.search(text))


def _is_official_line(text: str) -> bool:
    return _words(text) <= _MAX_WORDS and bool(_OFFICIAL_WORDS.search(text))


def _cookie_runs(lines: list[str], nonblank: list[int]) -> list[list[int]]:
    """Runs of cookie notices, consent buttons and their links holding at least one of each."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in [*nonblank, None]:
        text = _plain(lines[i]) if i is not None else ""
        if i is not None and _is_cookie_line(text, opened=bool(run)):
            run.append(i)
            continue
        if run and _answers_a_notice(lines, run):
            runs.append(_with_heading(lines, run))
        run = []
    return runs


def _with_heading(lines: list[str], run: list[int]) -> list[int]:
    """The banner's run with the heading right over it ("Vi passer på dine data", "We value your
    privacy"): a few words, no sentence, and no blank line between it and the notice."""
    above = run[0] - 1
    if above < 0:
        return run
    text = _plain(lines[above])
    if not text or _words(text) > _BANNER_HEADING_WORDS or signals.SENTENCE_END.search(text):
        return run
    return [above, *run]


def _is_cookie_line(text: str, opened: bool) -> bool:
    if _words(text) > _MAX_WORDS:
        return False
    if _COOKIE.search(text) or _is_button(text):
        return True
    return opened and bool(_BANNER_LINK.match(text) or (_CONSENT_WORDS.search(text) and _words(text) > 3))


def _answers_a_notice(lines: list[str], run: list[int]) -> bool:
    """Whether a run holds a notice (three words or more about cookies, no button) and a button.

    A list of HTTP headers ("Accept", "Cookie") has the words but no notice.
    """
    texts = [_plain(lines[i]) for i in run]
    buttons = [t for t in texts if _is_button(t)]
    notices = [t for t in texts if _COOKIE.search(t) and _words(t) >= 3 and not _is_button(t)]
    return bool(buttons) and bool(notices)


def _is_button(text: str) -> bool:
    """A consent button, or several saved on one line."""
    return bool(_CONSENT_BUTTON.match(text) or (len(text) <= _BUTTONS_CHARS and _CONSENT_BUTTONS.match(text)))


def _plain(text: str) -> str:
    """A line's words without the list bullet, heading marks or link markup a converter adds
    ("* Accept additional cookies", "## Cookies on the NHS website")."""
    stripped = text.strip()
    return signals.heading_text(stripped).strip() if stripped[:1] in "*-•#[" else stripped


def _words(text: str) -> int:
    return text.count(" ") + 1
