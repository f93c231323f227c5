"""A blog's comment form saved as text: its notices, its fields and its button.

WordPress, and the blog engines that follow it, print the same few lines around every comment
form: "Your email address will not be published. Required fields are marked *", the fields
("Comment *", "Name * Email * Website"), the cookie checkbox ("Save my name, email, and website
in this browser for the next time I comment."), the button ("Post Comment") and a spam filter's
"This site uses Akismet to reduce spam." The notices are sentences no article writes about itself,
so each of them marks a form wherever it stands. A field's label or the button is a word like any
other alone ("Website", "Comment"), and counts only in a run of form lines that holds a notice or
a field marked required ("Name *").

The form sits under the post, above or below the comments; the comments themselves are text.
"""

from __future__ import annotations

import re

from tasks.cleaning import signals

# The engine's notices, in the languages it ships (en, de, fr, es, pt, it, nl).
_NOTICE = re.compile(
    r"^(?:Your e-?mail address will not be published\.?(?: Required fields are marked \*\.?)?"
    r"|Required fields are marked \*\.?"
    r"|Save my name, e-?mail, and website in this browser for the next time I comment\."
    r"|Notify me of (?:follow-up comments|new comments|new posts|replies) (?:by|via) e-?mail\.?"
    r"|This site uses Akismet to reduce spam\.(?: Learn how your comment data is processed\.?)?"
    r"|You must be logged in to post a comment\.?"
    r"|Logged in as [^.]{1,60}\.(?: Edit your profile\.)? Log out\?(?: Required fields are marked \*\.?)?"
    r"|(?:Deine|Ihre) E-Mail-Adresse wird nicht veröffentlicht\.(?: Erforderliche Felder sind mit \* markiert\.?)?"
    r"|Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser .{0,40}speichern\."
    r"|Votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\.(?: Les champs obligatoires sont indiqués avec \*\.?)?"
    r"|Enregistrer mon nom, mon e-?mail et mon site dans le navigateur pour mon prochain commentaire\."
    r"|Tu dirección de correo electrónico no será publicada\.(?: Los campos obligatorios están marcados con \*\.?)?"
    r"|Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente\."
    r"|O seu endereço de e-?mail não será publicado\.(?: Campos obrigatórios são marcados com \*\.?)?"
    r"|Il tuo indirizzo e-?mail non sarà pubblicato\.(?: I campi obbligatori sono contrassegnati \*\.?)?"
    r"|Je e-?mailadres wordt niet gepubliceerd\.(?: Vereiste velden zijn gemarkeerd met \*\.?)?"
    r")$",
    re.IGNORECASE,
)
# A field's label, marked required or not: "Name *", "Email *", "Website", "Recipe Rating ☆☆☆☆☆".
_FIELD = (
    r"(?:Name|E-?mail|Website|URL|Comment|Kommentar|Webseite|Nom|Commentaire|Site web|Nombre"
    r"|Correo electrónico|Comentario|Web|Nome|Comentário|Sito web|Naam|Reactie|(?:Recipe )?Rating(?:\s*[☆★]+)?)"
)
_FIELDS = re.compile(rf"^(?:{_FIELD}(?:\s*\*)?\s*){{1,4}}$", re.IGNORECASE)
_REQUIRED = re.compile(rf"^(?:{_FIELD}\s*\*\s*)+(?:{_FIELD}\s*)?$", re.IGNORECASE)
# The form's buttons: "Post Comment", "Cancel reply". Its heading ("Leave a Reply") is left to the
# page's tail, which it opens when the form ends the page.
_BUTTON = re.compile(
    r"^(?:Cancel reply|Post Comment|Submit Comment"
    r"|Kommentar abschicken|Antworten abbrechen|Publier le commentaire|Annuler la réponse"
    r"|Publicar el comentario|Cancelar la respuesta|Publicar comentário|Cancelar resposta"
    r"|Invia commento|Annulla risposta|Reactie plaatsen)$",
    re.IGNORECASE,
)
# A checkbox a converter drew in front of the notice: "- [ ] Save my name…", "☐ Notify me…".
_CHECKBOX = re.compile(r"^(?:[-*]\s+)?(?:\[[ xX]?\]|☐|☑)\s*")
_GAP = 2  # blank lines a form's lines may stand apart
# Words one of which a page with a form holds: a notice's, or a required field's.
MARKS: tuple[str, ...] = (
    *("be published", "ffentlicht", "pas publi", "publicada", "publicado", "pubblicato", "gepubliceerd"),
    *("akismet", "save my name", "notify me", "logged in as", "required fields"),
    *("name *", "mail *", "comment *", "website *", "kommentar *", "nom *", "nombre *", "nome *", "naam *"),
)


def _plain(line: str) -> str:
    """The line's words: links read as their text, heading marks and a checkbox taken off."""
    text = line.strip()
    if "[" in text or text[:1] in "#=":
        text = signals.heading_text(text).strip()
    return _CHECKBOX.sub("", text)


def _is_form_line(text: str) -> bool:
    return bool(_NOTICE.match(text) or _FIELDS.match(text) or _BUTTON.match(text))


def find_comment_form(lines: list[str]) -> set[int]:
    """The lines of every comment form on the page: the runs of form lines around a notice.

    >>> sorted(find_comment_form(["Great post, thanks!", "Leave a Reply", "Your email address will not "
    ...     "be published. Required fields are marked *", "Comment *", "Name * Email * Website", "Post Comment"]))
    [2, 3, 4, 5]
    >>> find_comment_form(["Website", "Our website lists the opening hours.", "Comment", "Post Comment"])
    set()
    """
    found: set[int] = set()
    for i, line in enumerate(lines):
        if i in found or len(line) > 300 or not line.strip():
            continue
        text = _plain(line)
        if not (_NOTICE.match(text) or _REQUIRED.match(text)):
            continue
        found.add(i)
        for step in (-1, +1):
            found.update(_form_run(lines, i, step))
    return found


def _form_run(lines: list[str], start: int, step: int) -> list[int]:
    """The form lines next to ``start`` going up (-1) or down (+1), across short gaps."""
    run: list[int] = []
    j, blanks = start + step, 0
    while 0 <= j < len(lines) and blanks <= _GAP:
        line = lines[j]
        if not line.strip():
            blanks += 1
        elif len(line) <= 300 and _is_form_line(_plain(line)):
            run.append(j)
            blanks = 0
        else:
            break
        j += step
    return run
