"""Recognisers for the structural signals of scraped pages, shared by the context pass and the rules.

These are predicates, not rules: they never decide on their own that a line goes. The rules
(in ``rules/``) and the document context combine them with position, which is what keeps a
content line that merely mentions "navigation" or "edit" in the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _prefix_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, factored by shared prefixes.

    It matches what the plain alternation sorted longest first matches, and where two words fit
    at one position it also tries the longer first. The engine then compares one character per
    branch instead of entering every word in turn, which is what made long label lists slow.
    Words are lower-cased, so it belongs in a case-insensitive pattern.

    >>> _prefix_alternation(["Talk", "Tools", "Toolbox", "tools"])
    't(?:alk|ool(?:box|s))'
    """
    trie: dict[str, dict] = {}
    for word in sorted({word.lower() for word in words}):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    """The alternation for one node of the prefix tree; ``""`` marks a word ending there."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


# --- Wikipedia and other MediaWiki sites --------------------------------------------------------

TAGLINE = re.compile(
    r"^(?:"
    r"From [\w .'’-]{0,40}(?:[Ww]iki|pedia|Wiktionary|Fandom)[\w]*(?:[,:] [^.]{0,60})?\.?"
    r"|(?:[Aa]us|Un article de|De|Da|Z|Uit|Origem:|Materiał z) [\w .'’:-]{0,30}(?:Wiki|wiki|Wikip)\w*[,:]? [^.]{0,50}\.?"
    r"|Материал из Википедии\W+свободной энциклопедии|Матеріал з Вікіпедії\W+вільної енциклопедії\.?"
    r"|मुक्त ज्ञानकोश विकिपीडिया से|Wikipediasta"
    r"|Bách khoa toàn thư mở Wikipedia|Från Wikipedia(?:, den fria encyklopedin)?"
    r"|위키백과, 우리 모두의 백과사전\.?"
    r"|出典: フリー百科事典.{0,30}"
    r"|维基百科，自由的百科全书"
    r")$",
)
# The tagline in a language not listed above: a wiki's name and the word for encyclopedia, on a
# short line set off by a comma or dash ("Vikipedi, özgür ansiklopedi", "Dari Wikipedia bahasa
# Indonesia, ensiklopedia bebas"). A sentence about the site ends with a full stop.
_WIKI_NAME = re.compile(r"[WwVv]i(?:k|qu)[iíy]p[eéèæ][dt]")  # Catalan spells it "Viquipèdia"
_WIKI_NAME_OTHER_SCRIPTS = re.compile(
    r"Википеди|Вікіпеді|Уикипеди|Βικιπαίδεια|ויקיפדיה|ويكيبيديا|ویکی‌پدیا|विकिपीडिया|วิกิพีเดีย|ვიკიპედია|Վիքիպեդիա"
)
_ENCYCLOPEDIA = re.compile(
    r"[EeAa](?:n[cksz]{1,2}[iyü]kl?op|nciclop|nzyklop|ntsüklop|ncyclop)|[Tt]ietosanakirja|[Ll]e[kx]s?ikon"
)
_ENCYCLOPEDIA_OTHER_SCRIPTS = re.compile(
    r"энциклоп|енциклоп|Енциклоп|Энциклоп|εγκυκλοπ|אנציקלופדיה|موسوعة|دانشنامه|विश्वकोश|สารานุกรม|ენციკლოპედია|հանրագիտարան"
)
_TAGLINE_WORDS = 8
_TAGLINE_CHARS = 90
_TAGLINE_MARK = re.compile(r"[,—–:،，、]")  # Arabic and CJK commas too

JUMP_LINK = re.compile(
    r"^(?:"
    r"Jump(?:\s+|_)to(?::|\s)?\s*(?:_|\s)*(?:navigation|content|search|main[\s_]content)(?:[,\s_]+(?:Jump(?:\s+|_)to[\s_]*)?(?:navigation|search))*"
    r"|Aller à\s*:?\s*(?:navigation|la navigation)(?:,?\s*(?:rechercher|Aller à la recherche))?"
    r"|Zur Navigation springen(?:\s+Zur Suche springen)?|Zum Inhalt springen"
    r"|Ir a la navegación(?:\s+Ir a la búsqueda)?|Saltar a (?:la )?navegación(?:,? búsqueda)?"
    r"|Saltar para a navegação(?:\s+Saltar para a pesquisa)?|Ir para o conteúdo"
    r"|Vai alla navigazione(?:\s+Vai alla ricerca)?|Перейти к навигации(?:\s+Перейти к поиску)?"
    r"|Przejdź do nawigacji(?:\s+Przejdź do wyszukiwania)?|Naar navigatie springen(?:\s+Naar zoeken springen)?"
    r"|Bước tới điều hướng(?:\s+Bước tới tìm kiếm)?|Bước tới nội dung"
    r"|둘러보기로 가기(?:\s+검색하러 가기)?|본문으로 이동"
    r"|ナビゲーションに移動(?:\s+検索に移動)?|跳到导航(?:\s+跳到搜索)?|跳转到内容"
    r")\.?$",
    re.IGNORECASE,
)

# "Skip to main content", "Skip navigation", "Skip to Article Information", "[Skip to content](#main)",
# "Skip to main content [#main]": a part of the page, two words naming it at most, the anchor after.
_SKIP_LINK = re.compile(
    r"^(?:\[?Skip (?:to |over |past )?(?:the )?(?:(?:main|site|page|article|primary|global|mobile) ){0,2}"
    r"(?:content|navigation(?: menu)?|nav|menu|footer|header|search|sidebar|information|links|toolbar|main"
    r"|first unread message|comments|results|article)\]?"
    r"(?:\(#[\w-]*\)| \[#[\w-]*\])?){1,2}$"  # a link and its visually hidden copy run together
    # a link down the page to one of its parts: "Jump to Recipe", "Jump to ratings and reviews"
    r"|^Jump to (?:the )?[\w'&-]+(?: [\w'&-]+){0,3}$",
    re.IGNORECASE,
)
# The same links in the languages sites print them, one or several on a line: "Aller au contenu
# principal", "Hoppa till navigering Hoppa till sök", "본문 바로가기", "跳到内容", "मुख्य सामग्री पर जाएं".
_SKIP_TARGET_FR = r"(?:contenu|menu|navigation|recherche|pied de page)(?: principale?)?"
_SKIP_TARGET_ES = (
    r"(?:contenido|menú|navegación|búsqueda|pie de página)(?: principal| de navegación principal| del sitio)?"
)
_FOREIGN_SKIP = (
    rf"(?:Aller (?:au|à la) {_SKIP_TARGET_FR}|Passer au contenu(?: principal)?"
    rf"|Ir (?:al|a la) {_SKIP_TARGET_ES}|Saltar al contenido(?: principal)?"
    r"|(?:Direkt )?[Zz]um (?:Inhalt|Hauptinhalt|Menü|Hauptmenü)(?: springen| wechseln)?|Zur (?:Navigation|Hauptnavigation|Suche)(?: springen)?"
    r"|Vai (?:al|alla) (?:contenuto(?: principale)?|navigazione|ricerca|menu)|Salta al contenuto(?: principale)?"
    r"|(?:Ir|Pular|Saltar) para (?:o|a) (?:conteúdo|navegação|pesquisa)(?: principal)?"
    r"|Hoppa till (?:innehåll(?:et)?|huvudinnehåll|navigering|sök)|Gå til (?:innhold(?:et)?|hovedinnhold|indhold)"
    r"|Hopp til (?:innhold(?:et)?|hovedinnhold|navigering|søk)|Spring til (?:indhold|hovedindhold|navigation|søgning)"
    r"|(?:Edukira|Nabigaziora|Bilaketara) joan|Ugrás a (?:tartalomhoz|navigációhoz|kereséshez)"
    r"|Sari la (?:conținut|navigare|căutare)|Vés al (?:contingut|menú)|Перейти до (?:вмісту|навігації|пошуку)"
    r"|(?:Langsung|Lompat|Loncat) ke (?:konten|isi|navigasi)|(?:Chuyển|Đi) đến (?:nội dung|điều hướng)"
    r"|(?:Ana )?[İi]çeri[ğg]e (?:geç|atla)|Μετάβαση (?:στο|στην) (?:κύριο )?(?:περιεχόμενο|πλοήγηση|αναζήτηση)"
    r"|ข้ามไป(?:ยัง|ที่)?(?:เนื้อหา|เมนู)(?:หลัก)?"
    r"|(?:Ga )?(?:[Dd]irect )?[Nn]aar (?:de )?(?:inhoud|hoofdinhoud|navigatie|zoeken)|Siirry (?:sisältöön|pääsisältöön)"
    r"|Przejdź do (?:treści|zawartości|nawigacji|wyszukiwania)|Přejít (?:k|na) (?:obsahu|navigaci|hledání)"
    r"|P[řr]esko[čc]it (?:na|k) (?:hlavní )?(?:obsah|obsahu|navigaci|vyhledávání)|Preskočiť na (?:hlavný )?(?:obsah|navigáciu)"
    r"|Перейти к (?:основному )?(?:содержанию|содержимому|навигации|поиску)"
    r"|(?:मुख्य )?(?:सामग्री|कंटेंट|नेविगेशन) पर (?:जाएं|जाएँ|जाएँ)"
    r"|本文(?:へ|に)(?:移動|スキップ)?|メインコンテンツ(?:へ|に)(?:スキップ|移動)|ナビゲーション(?:へ|に)(?:移動)?"
    r"|跳(?:到|转到|至)(?:内容|主要内容|正文|导航|搜索)|(?:본문|주메뉴|메인메뉴|메뉴|검색)(?:으로)? ?(?:바로가기|이동)"
    r"|(?:تخطي|تجاوز|انتقل) إلى (?:المحتوى(?: الرئيسي)?|القائمة(?: الرئيسية)?|البحث)"
    # the English link beside one of these on a bilingual site: "Ir al contenido | Skip to content"
    r"|Skip to (?:the )?(?:main )?(?:content|navigation|search)|Neidio i['’]r (?:prif )?(?:gynnwys|cynnwys))"
)
_FOREIGN_SKIP_LINK = re.compile(rf"^\[?{_FOREIGN_SKIP}\]?(?:\(#[\w-]*\))?(?:[ ,|·/]+{_FOREIGN_SKIP})*$")
_FOREIGN_SKIP_INITIALS = frozenset(
    "APISDZzVGHNnsRPПмメナ本跳본주메검मसकनEUSVLCĐiİΜขتا"
)  # the last two: Arabic
_LONGEST_SKIP_LINE = 120  # two or three links on a line, an anchor after them


def is_skip_link(text: str) -> bool:
    """An accessibility skip link, alone or with others on its line ("Skip to main content",
    "[Skip to content](#main)", "Aller au contenu principal", "본문 바로가기"); ``text`` is stripped.

    >>> is_skip_link("Skip to main content"), is_skip_link("Skip to the main point: the engine failed.")
    (True, False)
    >>> is_skip_link("Ir al contenido | Skip to content"), is_skip_link("Skip to main content / Neidio i'r prif gynnwys")
    (True, True)
    """
    if _SKIP_LINK.match(text):
        return True
    if len(text) > _LONGEST_SKIP_LINE:
        return False
    return text.lstrip("[")[:1] in _FOREIGN_SKIP_INITIALS and bool(_FOREIGN_SKIP_LINK.match(text))


# ``Received 9 December 2019; Revised …; Accepted …``: the dates line of a journal article.
JOURNAL_DATES = re.compile(
    r"\b(?:Received|Submitted)\b.{0,60}\b(?:Revised|Accepted|Published)\b", re.IGNORECASE
)
# The first line of a WARC record.
WARC_VERSION = re.compile(r"^WARC/\d\.\d{1,2}$")


def is_warc_version(text: str) -> bool:
    """The ``WARC/1.0`` line that opens a record (answered from the line's start for most lines)."""
    return text.startswith("WARC/") and bool(WARC_VERSION.match(text.strip()))


# A community wiki's name as its skin prints it over every page: "Harbour Lights Wiki".
WIKI_SITE_NAME = r"[\w'&-]+(?: [\w'&-]+){0,3} Wiki"
# The Brahmic scripts' blocks (India's, then Thai, Lao, Myanmar, Khmer): their vowel signs, tone
# marks and viramas are combining marks, which ``\w`` does not match, so a word in them is matched
# with this class beside ``\w``. India's scripts set spaces between words; the others do not.
_INDIC = "\u0900-\u0dff"
_BRAHMIC = f"{_INDIC}\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
# A character of a label's words: a letter, a mark, a space or an apostrophe, in one class, so a
# long line that fails is given up in one pass (alternatives that overlap backtrack exponentially).
_LABEL_CHAR = rf"(?![\d_])[\w '’{_BRAHMIC}]"
RETRIEVED_FROM = re.compile(
    r"^(?:Retrieved from|Abgerufen von|Récupérée de|Ce document provient de|Obtenido de|Recuperado de|Obtid[oa] (?:em|de)|Estratto da|Pobrano z|Opgehaald van"
    r"|Hämtad från|Получено из|Lấy từ|检索自|取自|来自)\s*"
    # a quoted URL, or a wiki's own page URL: an unquoted "Retrieved from https://…" ends a reference
    r"(?:[\"“„«「‘']\s*https?://\S+|https?://\S*(?:/wiki/|/index\.php\?|[?&]oldid=)\S*)\s*[\"”“»」’']?\s*\.?$"
    r"|^「?https?://\S+」から取得$|^원본 주소\s*[\"“]?https?://\S+[\"”]?$"
    # any language's label before or after a quoted permalink to one revision ("Diperoleh dari "…"")
    rf"|^[^\W\d_]{_LABEL_CHAR}{{0,30}}[\"“„«「‘]https?://\S+[?&]oldid=\d+[\"”“»」’]\.?$"
    rf"|^[\"“„«「‘]https?://\S+[?&]oldid=\d+[\"”“»」’]\s*{_LABEL_CHAR}{{1,30}}\.?$",
    re.IGNORECASE,
)

_CATEGORY_LABELS = (
    r"(?:Hidden categories|Categories|Category|Kategorien|Kategorie|Versteckte Kategorien|Catégories?"
    r"|Catégories cachées|Categorías?|Categorias?|Categorie|Kategorie|Категории|Категория|Thể loại"
    r"|Thể loại ẩn|분류|숨은 분류|カテゴリ|隠しカテゴリ|分类|分類|隐藏分类|Kategorier|Dolda kategorier|Skjulte kategorier"
    r"|Kategoriler|Gizli kategoriler|Kategori|Kategori tersembunyi|Categorieën|Verborgen categorieën|Kategóriák"
    r"|Luokat|Piilotetut luokat|Skryté kategorie|Ukryte kategorie|Категорії|Приховані категорії|Κατηγορίες"
    r"|קטגוריות|קטגוריות מוסתרות|تصنيفات|تصنيفات مخفية|تصنيف|رده‌ها|رده‌های پنهان|छुपी श्रेणियाँ|श्रेणियाँ|श्रेणी"
    r"|หมวดหมู่|หมวดหมู่ที่ซ่อนอยู่|বিষয়শ্রেণী|লুকায়িত বিষয়শ্রেণী)"
)
CATEGORIES = re.compile(rf"^{_CATEGORY_LABELS}\s*[:：]\s*\S.*$")
# The label alone, its names one per line below ("Categorías:" over "Lugares", "Ciudades").
CATEGORY_LABEL = re.compile(rf"^{_CATEGORY_LABELS}\s*[:：]?$")

LAST_EDITED = re.compile(
    r"^(?:This page was last (?:edited|modified|changed|updated) on\b.*"
    r"|Last edited (?:on \d.{0,40}|\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|(?:just now|yesterday|today))"
    r"(?: by \S{1,80})?"
    r"|(?:Diese Seite wurde zuletzt am|La dernière modification de cette page a été faite le"
    r"|Esta página se editó por última vez el|Esta página foi editada pela última vez"
    r"|Questa pagina è stata modificata per l'ultima volta il|Эта страница в последний раз была отредактирована"
    r"|Trang này được sửa đổi lần cuối|이 문서는 .{0,30}마지막으로 편집되었습니다|この(?:ページ|版)の最終更新は"
    r"|本页面最后修订于).*)$",
)

LICENCE_FOOTER = re.compile(
    r"^(?:Text is available under the Creative Commons.*|Content is available under .*"
    r"|(?:All )?(?:text|content) (?:is )?(?:available|licensed) under (?:the )?(?:CC|Creative Commons|GNU).*"
    r"|This (?:article|page|entry) is (?:available|licensed|distributed) under (?:the )?(?:terms of the )?(?:CC|Creative Commons|GNU).*"
    r"|Der Text ist unter der Lizenz.*|Les textes sont disponibles sous licence.*|El texto está disponible bajo la Licencia.*"
    r"|Wikipedia® is a registered trademark of the Wikimedia Foundation.*"
    r"|Community content is available under .*|Powered by MediaWiki|This page has been accessed .* times\.?)$",
    re.IGNORECASE,
)

NAVIGATION_MENU = re.compile(
    r"^(?:Navigation menu|Navigationsmenü|Menu de navigation|Menú de navegación"
    r"|Menu de navegação|Menu di navigazione|Навигация|Menu nawigacyjne|Trình đơn chuyển hướng"
    r"|둘러보기 메뉴|案内メニュー|导航菜单)$"
)

# The labels of MediaWiki's menus, tabs, tool boxes and footer, across the classic, 2010–2022 and
# current skins and the mobile site. A line made only of these is chrome when it sits among other
# chrome; one such label alone in the body (a heading "Statistics", say) is left to the context.
CHROME_LABELS = (
    "Main menu",
    "move to sidebar",
    "hide",
    "show",
    "Navigation",
    "Main page",
    "Contents",
    "Current events",
    "Random article",
    "About Wikipedia",
    "Contact us",
    "Contact Wikipedia",
    "Donate",
    "Donate to Wikipedia",
    "Contribute",
    "Help",
    "Learn to edit",
    "Community portal",
    "Recent changes",
    "Upload file",
    "Search",
    "Search Wikipedia",
    "Appearance",
    "Create account",
    "Log in",
    "Personal tools",
    "Not logged in",
    "Pages for logged out editors learn more",
    "Pages for logged out editors",
    "learn more",
    "Contributions",
    "Talk",
    "Toggle the table of contents",
    "Article",
    "Read",
    "Edit",
    "Edit source",
    "View history",
    "View source",
    "Tools",
    "Actions",
    "General",
    "What links here",
    "Related changes",
    "Special pages",
    "Permanent link",
    "Page information",
    "Cite this page",
    "Get shortened URL",
    "Download QR code",
    "Wikidata item",
    "Print/export",
    "Download as PDF",
    "Printable version",
    "In other projects",
    "Wikimedia Commons",
    "Wikiquote",
    "Wikisource",
    "Wiktionary",
    "Wikibooks",
    "Wikinews",
    "Wikivoyage",
    "Interaction",
    "Toolbox",
    "Namespaces",
    "Variants",
    "Views",
    "More",
    "Languages",
    "Edit links",
    "Privacy policy",
    "Disclaimers",
    "Code of Conduct",
    "Developers",
    "Statistics",
    "Cookie statement",
    "Mobile view",
    "Desktop",
    "Terms of Use",
    "Featured content",
    "Upload file",
    "Featured articles",
    "Toggle limited content width",
    "Text",
    "Small",
    "Standard",
    "Large",
    "Width",
    "Wide",
    "Color (beta)",
    "Automatic",
    "Light",
    "Dark",
    "Add links",
    "Add languages",
    "Add topic",
    "New section",
    "Watch",
    "Open main menu",
    "Open language selector",
    "Random",
    "Nearby",
    "Settings",
    "Log in to edit",
    "Purge",
    "Share",
    "Subscribe",
    "Move",
    "Delete",
    "Protect",
    "Unwatch",
    "Sources",
    "Go",
    "(Top)",
    "Top",
    "Browse",
    "Special page",
    "Discussion",
    "Project page",
    "Main Page",
    "Wiki",
    "Explore",
    "Community",
    "Fan Feed",
    "Sign in",
    "Register",
    "Sign up",
    "Log out",
    "Preferences",
    "Beta",
    "Watchlist",
)

_LABEL_ALTERNATION = _prefix_alternation(CHROME_LABELS)
_CHROME_LABEL_LINE = re.compile(
    rf"^(?:[\s|·•*,\-]*\[?(?:{_LABEL_ALTERNATION})\]?)+[\s|·•*,\-]*$",
    re.IGNORECASE,
)
_CHROME_LABEL_RUN = re.compile(
    rf"^[\s|·•*,\-]*\[?(?:{_LABEL_ALTERNATION})\]?(?:[\s|·•*,\-]*\[?(?:{_LABEL_ALTERNATION})\]?)+[\s|·•*,\-]*$",
    re.IGNORECASE,
)
# A code host's <title> sets its parts apart with middle dots: "Crash on start · Issue #12 · owner/repo · Site".
# A shop's bar of promises does too; the number tells them apart.
CODE_HOST_TITLE = re.compile(r" · (?:Issue|Pull Request|Discussion) #\d+ · ")
# A browser's <title> of a wiki page: the page title, a dash and the wiki's name, in any language
# and script, with the motto a comma may add ("Ørnekilde - Wikipedia, den frie encyklopædi").
WIKI_TITLE_SUFFIX = re.compile(
    r"^(?P<title>\S.{0,200}?)\s+[-–—|]\s+"
    r"(?:[WwVv]i(?:k|qu)[iíy]p[eéèæ][dt]\w*|Wikimedia Commons|Wik(?:tionary|ivoyage|ibooks|iquote|isource|ispecies|inews|iversity)"
    r"|Википеди\w*|Вікіпеді\w*|Уикипеди\w*|Βικιπαίδεια|ויקיפדיה|ويكيبيديا|ویکی‌پدیا|विकिपीडिया|วิกิพีเดีย|위키백과)"
    r"(?:,\s[^,.]{1,50})?$"
)
# The current skin's button on a page no other language has yet, in the larger Wikipedias' words.
ADD_LANGUAGES = re.compile(
    r"^(?:Add languages|Aggiungi lingue|Ajouter des langues|Sprachen hinzufügen|Añadir idiomas"
    r"|Adicionar idiomas|Dodaj języki|Talen toevoegen|Lägg till språk|Tambah bahasa|Thêm ngôn ngữ"
    r"|言語を追加|言語リンクを追加|언어 추가|添加语言|Добавить языки)$"
)
LANGUAGE_COUNT = re.compile(
    r"^(?:\d{1,3}|[\d,]+) ?(?:languages?|Sprachen|langues|idiomas|lingue|языков|языка|ngôn ngữ|개 언어|言語|の言語版|种语言|種語言"
    r"|języki|języków|język|talen|språk|sprog|jazyků|jazyky|bahasa|мов|мови|dil|llengües|kieltä|nyelv|limbi"
    r"|línguas|linguas|γλώσσες|לשונות|שפות|لغات|لغة|زبان|भाषाएँ|ভাষা|ภาษา|езика|език|језика|јазици|jezika|jezikov"
    r"|jazykov|kalbų|kalbos|valodās|keelt|hizkuntza|ieithoedd|լեզուներով|ენაზე)$",
    re.IGNORECASE,
)

# Autonyms of the larger Wikipedias, as language lists print them.
_AUTONYMS = """
    العربية|Azərbaycanca|বাংলা|Беларуская|Беларуская (тарашкевіца)|Български|Bosanski|Català|Čeština|Cymraeg|Dansk
    |Deutsch|Eesti|Ελληνικά|English|Español|Esperanto|Euskara|فارسی|Français|Gaeilge|Galego|한국어|Հայերեն|हिन्दी
    |Hrvatski|Bahasa Indonesia|Italiano|עברית|ქართული|Қазақша|Latina|Latviešu|Lietuvių|Magyar|Македонски|മലയാളം
    |मराठी|Bahasa Melayu|မြန်မာဘာသာ|Nederlands|日本語|Norsk bokmål|Norsk nynorsk|Norsk|Oʻzbekcha/ўзбекча|Polski
    |Português|Română|Русский|Shqip|Simple English|Slovenčina|Slovenščina|Српски / srpski
    |Srpskohrvatski / српскохрватски|Suomi|Svenska|Tagalog|தமிழ்|ไทย|Türkçe|Українська|اردو|Tiếng Việt|粵語|中文
    |Afrikaans|Alemannisch|Asturianu|Bân-lâm-gú|Íslenska|Kurdî|Lëtzebuergesch|Монгол|Occitan|Runa Simi|Sicilianu
    |Sunda|Kiswahili|తెలుగు|Тоҷикӣ|Walon|吴语|ייִדיש|Yorùbá|文言|Bahasa Jawa|Minangkabau"""
LANGUAGE_NAMES = frozenset(name.strip() for name in _AUTONYMS.split("|"))

TOC_HEADING = re.compile(
    r"^(?:Contents|CONTENTS|Table of [Cc]ontents|TABLE OF CONTENTS|Inhaltsverzeichnis|Sommaire|Índice|Indice|Contenido"
    r"|Содержание|Зміст|Spis treści|Inhoud|Inhoudsopgave|Innehåll|Indholdsfortegnelse|Innholdsfortegnelse"
    r"|Sisällys|İçindekiler|Obsah|Tartalom|Cuprins|Sommario|Sumário|Sumario|Inhalt|Gliederung"
    r"|Plan(?: de l'article| du chapitre)?|Mục lục|목차|目次|目录)(?:\s*\[(?:hide|show)\])?$"
    r"|^(?:In this (?:issue|article|guide|edition|chapter)|On this page|Sections|Outline|Article outline"
    r"|Page contents|Jump to section|Article contents|Chapter contents):?$"
)
# The label of a printed list that gives page numbers: contents, or a list of figures or tables.
PAGED_LIST_HEADING = re.compile(
    rf"{TOC_HEADING.pattern}|^(?:List of (?:[Ff]igures|[Tt]ables|[Ii]llustrations|[Pp]lates|[Mm]aps)"
    r"|LIST OF (?:FIGURES|TABLES|ILLUSTRATIONS|PLATES|MAPS))$"
)
# Numbered entries, a current-skin sidebar's toggles, or bulleted entries: a table of contents is
# only taken as one when its entries come back as the page's headings (``DocumentContext``).
_SKIN_TOC_ENTRY = r"Toggle .{1,80} subsection|\(Top\)"
TOC_ENTRY = re.compile(
    rf"^\s*(?:[*•·-]\s+)?(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?(?:\s+|_)\S.{{0,160}}|{_SKIN_TOC_ENTRY})$"
    r"|^\s*[*•·-]\s+[^\W\d_].{0,80}$"
)
# The current skin's sidebar lines among the entries, which name no section of the page.
SKIN_TOC_LINE = re.compile(rf"^(?:{_SKIN_TOC_ENTRY})$")

# ``Vietnam War[edit]``, ``[edit] History``, ``History[edit | edit source]``, and localised labels.
EDIT_WORDS = (
    r"edit(?:\s+source)?|edit section(?::[^\]]*)?|modifier(?:\s+le\s+code)?|Bearbeiten|Quelltext bearbeiten"
    r"|editar(?:\s+(?:código|código-fonte|fonte|c[oó]digo fuente))?|modificar(?:\s+o\s+c[oó]digo)?"
    r"|modifica(?:\s+wikitesto)?|bewerken|brontekst bewerken|redigera|redigera källkod|edytuj(?:\s+kod)?"
    r"|править(?:\s+код)?|редактировать|sửa(?:\s+mã\s+nguồn)?|편집|원본 편집|編集|ソースを編集|编辑|編輯|编辑源代码"
    r"|muokkaa|rediger|redigér|upravit|editovat(?:\s+zdroj)?|szerkesztés|düzenle|kaynağı değiştir|επεξεργασία"
    r"|ред\.(?:\s+код)?|редагувати|ویرایش|עריכה|עריכת קוד מקור|تعديل|عدل(?:\s+المصدر)?"
    r"|(?:स्रोत )?संपादित करें|सम्पादन|(?:উৎস )?সম্পাদনা|แก้(?:ไข)?(?:ต้นฉบับ)?|தொகு|సవరించు|ಸಂಪಾದಿಸಿ|തിരുത്തുക"
    r"|уреди(?:\s+извор)?|редактиране(?:\s+на\s+кода)?|modificare(?:\s+sursă)?|uredi(?:\s+izvor)?"
    r"|sunting(?:\s+sumber)?|upraviť(?:\s+zdroj)?|redaguoti|labot|muuda|ترمیم|რედაქტირება|խմբագրել|wysig|golygu"
)
_EDIT_LINK = rf"\[\s*(?:{EDIT_WORDS})(?:\s*[|·]\s*(?:{EDIT_WORDS}))*\s*\]"
EDIT_LINK_SUFFIX = re.compile(rf"^(?P<text>\S.*?)\s*{_EDIT_LINK}\s*$", re.IGNORECASE)
EDIT_LINK_PREFIX = re.compile(rf"^\s*{_EDIT_LINK}\s*(?P<text>\S.*?)\s*$", re.IGNORECASE)
# An edit link saved as empty brackets, glued to a heading that opens like a title and holds no code.
_ICON_EDIT_LINK = re.compile(r"^\s*(?P<text>[^\W_a-z][^\[\]{}()<>=;]{0,100}?)\[\]\s*$")
# Opens with the bracket, so the engine jumps from one "[" to the next.
_EDIT_LINK_AT_END = re.compile(rf"{_EDIT_LINK}\s*$", re.IGNORECASE)
# The pair of edit links in a language not listed above: the second label repeats the first's
# word ("[sunting | sunting sumber]", "[uredi | uredi izvor]", "[szerkesztés | forrásszöveg
# szerkesztése]"), which a bracketed aside at the end of a heading does not do.
_EDIT_LINK_PAIR = re.compile(
    r"^(?P<text>\S.*?)\s*\[\s*(?P<stem>[^\W\d_]{4})[^\W\d_]*(?:\s[^\W\d_]+)?\s*\|"
    r"\s*(?:[^\W\d_]+\s){0,2}(?P=stem)[^\W\d_]*(?:\s[^\W\d_]+){0,2}\s*\]\s*$"
)

# html2text/markdown/wikitext heading markup. A "#" line whose text opens with a lower-case word is
# a comment in a block of code or a shell prompt ("# fill the first row", "# apt install"), not a
# heading; a brand written "iPhone" or "eBay" still opens a heading.
# A markdown heading opens with a capital (a "# comment" in code does not), or names a package in
# lower case with its version ("# harmonitide 2.4.1", as a package index heads its page).
MARKUP_HEADING = re.compile(
    r"^(?:(?P<hashes>#{1,6})\s+(?P<md>(?![a-z](?![A-Z]))\S.*?|[a-z][\w.-]{0,60} v?\d+\.\d+[\w.+-]*)\s*#*"
    r"|(?P<eq>={1,6})\s*(?P<wiki>[^=].*?)\s*(?P=eq)"
    r"|(?P<stars_open>\*{2,6})\s+(?P<stars>\S.*?)\s+\*{2,6})$"
)
# Every form opens with one of these, so other lines are turned away without trying the pattern.
_MARKUP_HEADING_OPENERS = frozenset("#=*")


def match_markup_heading(text: str) -> re.Match[str] | None:
    """``MARKUP_HEADING.match(text)``, answered from the first character for most lines.

    >>> match_markup_heading("## Early history").group("md"), match_markup_heading("Early history")
    ('Early history', None)
    """
    return MARKUP_HEADING.match(text) if text[:1] in _MARKUP_HEADING_OPENERS else None


def markup_heading_level(text: str) -> int | None:
    """The level a markdown, wikitext or converter heading declares; ``None`` when the line is not one.

    >>> markup_heading_level("## Early history"), markup_heading_level("== History =="), markup_heading_level("x")
    (2, 2, None)
    >>> markup_heading_level("# harmonitide 2.4.1"), markup_heading_level("# install the deps")
    (1, None)
    """
    match = match_markup_heading(text.strip())
    if match is None:
        return None
    if match.group("hashes"):
        return len(match.group("hashes"))
    if match.group("eq"):
        return len(match.group("eq"))
    return max(1, 7 - len(match.group("stars_open")))  # converters write h1 as six stars, h2 as five…


_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,}|~{3,}|\*{3,})\s*$")  # an Info manual's chapters: "*"
_UNDERLINED_MAX_WORDS = 12


def is_underline(text: str) -> bool:
    """A row of ``===``, ``---`` or ``~~~`` under a plain-text heading."""
    return bool(_UNDERLINE.match(text))


def underlined_heading_level(text: str, following: str) -> int | None:
    """The level of a plain-text heading underlined by the line after it, else ``None``.

    The underline reaches most of the way along the line, and ``=`` marks the higher level:
    >>> underlined_heading_level("9. License", "----------"), underlined_heading_level("NEWS", "====")
    (2, 1)
    >>> underlined_heading_level("1 Overview", "**********")
    1
    >>> underlined_heading_level("The gates held until the storm of 1953 broke them.", "---") is None
    True
    """
    stripped, under = text.strip(), following.strip()
    if not stripped or not under or under[0] not in "=-~*" or _UNDERLINE.match(stripped):
        return None
    if not _UNDERLINE.match(under) or not 0.6 * len(stripped) <= len(under) <= 2 * len(stripped) + 4:
        return None
    if word_count(stripped) > _UNDERLINED_MAX_WORDS or SENTENCE_END.search(stripped):
        return None
    return 1 if under[0] in "=*" else 2


# A link's target may carry a title after a space: ``[Share](/q/41877 "Short permalink")``.
_MARKDOWN_LINK = re.compile(r'\[([^\[\]\n]{0,300})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]{0,200}")?\)')


# Between the steps of a breadcrumb trail: "Home › Collection › Furniture".
CRUMB_SEPARATOR = re.compile(r"\s+[›»>/‹]\s+")


def link_text(text: str) -> str:
    """The line with markdown links ``[label](target)`` reduced to their labels, for recognisers.

    >>> link_text('* [Main page](/wiki/Main_Page)'), link_text('[Bicycle (x)](/wiki/Bicycle_(x)).')
    ('* Main page', 'Bicycle (x).')
    >>> link_text('[Share](/q/41877 "Short permalink to this question") Follow')
    'Share Follow'
    """
    return _MARKDOWN_LINK.sub(r"\1", text) if "](" in text else text


def heading_text(text: str) -> str:
    """The words of a line without heading markup, link markup or a leading bullet, for recognisers."""
    stripped = link_text(text).strip()
    match = match_markup_heading(stripped)
    if match is not None:
        stripped = (match.group("md") or match.group("wiki") or match.group("stars") or "").strip()
    return stripped.lstrip("*•·- \t")


def markup_heading_words(text: str) -> str:
    """The words of a heading in markup ("# Brown Butter Cookies" gives "Brown Butter Cookies");
    any other line as it is, its bullets and links too.

    >>> markup_heading_words("## Usage"), markup_heading_words("* [Home](/)")
    ('Usage', '* [Home](/)')
    """
    return heading_text(text) if match_markup_heading(text) else text


# A reference-list entry: ``1. ^ a b Author…``, ``^ Author``, ``↑ Author``, and a preprint
# server's ``1. ↵ Author…``.
REFERENCE_ENTRY = re.compile(r"^\s*(?:(?:\d{1,4}|[a-z])[.)]?\s*)?(?:\^|↑|↵)(?:\s|$)")

SENTENCE_END = re.compile(r"[.!?。！？…:;]['\"’”)\]»]*(?:\[\w{1,3}\])*\s*$")


def is_tagline(text: str) -> bool:
    """The "From Wikipedia, the free encyclopedia" line of a wiki page, in any language.

    >>> is_tagline("From Wikipedia, the free encyclopedia")
    True
    >>> is_tagline("From Wikipedia we learned that the city was founded in 1200.")
    False

    In languages it does not list, by a wiki's name and the word for encyclopedia:

    >>> is_tagline("Vikipedi, özgür ansiklopedi"), is_tagline("Wikipedia, the encyclopedia, is free.")
    (True, False)
    >>> is_tagline("จากวิกิพีเดีย สารานุกรมเสรี"), is_tagline("วิกิพีเดีย สารานุกรมเสรี")
    (True, False)
    """
    if len(text) > 120:
        return False
    stripped = text.strip()
    if TAGLINE.match(stripped):
        return True
    return (  # the cheapest tests first: nearly every line fails the length or names no wiki
        len(stripped) <= _TAGLINE_CHARS
        and _names_wiki_and_encyclopedia(stripped)
        and not stripped.endswith((".", "!", "?"))
        and (bool(_TAGLINE_MARK.search(stripped)) or _names_wiki_after_a_word(stripped))
        and word_count(stripped) <= _TAGLINE_WORDS
        and not WIKI_TITLE_SUFFIX.match(stripped)  # a <title>: "Ørnekilde - Wikipedia, den frie …"
    )


def _names_wiki_after_a_word(text: str) -> bool:
    """Whether the wiki's name follows one word: "From Wikipedia …" in a script that sets no comma
    after it ("จากวิกิพีเดีย สารานุกรมเสรี"), where the logo's "Wikipedia, the free encyclopedia"
    opens with the name."""
    match = _WIKI_NAME.search(text) or _WIKI_NAME_OTHER_SCRIPTS.search(text)
    if match is None:
        return False
    before = text[: match.start()].strip()
    return bool(before) and not any(c.isspace() for c in before)


def _names_wiki_and_encyclopedia(text: str) -> bool:
    """Whether a line names a wiki ("Vikipedi") and an encyclopedia ("ansiklopedi"), in any script."""
    if text.isascii():  # one character class to scan for: the other scripts' words cannot occur
        return bool(_WIKI_NAME.search(text)) and bool(_ENCYCLOPEDIA.search(text))
    return bool(_WIKI_NAME.search(text) or _WIKI_NAME_OTHER_SCRIPTS.search(text)) and bool(
        _ENCYCLOPEDIA.search(text) or _ENCYCLOPEDIA_OTHER_SCRIPTS.search(text)
    )


def is_chrome_label_line(text: str) -> bool:
    """A line made only of menu, tab and footer labels (possibly run together).

    >>> is_chrome_label_line("Main pageContentsCurrent events")
    True
    >>> is_chrome_label_line("Read the contents of the main page.")
    False
    """
    stripped = text.strip()
    return 0 < len(stripped) <= 300 and bool(_CHROME_LABEL_LINE.match(stripped))


def is_chrome_label_run(text: str) -> bool:
    """Two or more menu labels on one line, spaced or run together: a menu, never a page title.

    >>> is_chrome_label_run("ArticleTalkReadEditView historyTools"), is_chrome_label_run("Statistics")
    (True, False)
    """
    stripped = text.strip()
    return 0 < len(stripped) <= 300 and bool(_CHROME_LABEL_RUN.match(stripped))


def is_language_line(text: str) -> bool:
    """A language-list entry (an autonym such as ``Deutsch`` or ``Tiếng Việt``), or its count line."""
    stripped = text.strip(" \t*•·|")
    return stripped in LANGUAGE_NAMES or bool(LANGUAGE_COUNT.match(stripped))


# A category box in a language whose label is not listed: a word or two, a colon, and at least
# three capitalised names split by pipes ("Kategoriler: Sivas ilindeki göller | Zara ilçesi | …").
_PIPED_CATEGORIES = re.compile(
    r"^[^\W\d_][^\W\d_'’]*(?: [^\W\d_][^\W\d_'’]*)?\s*[:：]\s*(?:[^\W\d_][^|]{0,100}?\s\|\s){2,}[^\W\d_][^|]{0,100}$"
)


def is_piped_category_line(text: str) -> bool:
    """A wiki's category box in any language, told by its shape: a label, a colon, piped names.

    >>> is_piped_category_line("Kategoriler: Sivas ilindeki göller | Zara ilçesi | Krater gölleri")
    True
    >>> is_piped_category_line("Sizes: small | medium")
    False
    """
    return text.count("|") >= 2 and bool(_PIPED_CATEGORIES.match(text.strip()))


def is_category_line(text: str) -> bool:
    """A ``Categories: A | B`` line; a sentence that starts with "Categories:" is content.

    >>> is_category_line("Categories: Hanoi | Capitals in Asia")
    True
    >>> is_category_line("Categories: there are three categories of racing yacht in 1990.")
    False

    An RFC's header block sets its fields in two columns; a wide gap is no category box:

    >>> is_category_line("Category: Informational                           April 2025")
    False

    A copy of the current skin glues the category links together, which makes a long line; the
    joins, a word running into a capital, tell it from a sentence:

    >>> is_category_line("Categories: Board games introduced in 2000Carcassonne (board game)Tile-laying games")
    True
    """
    if ":" not in text and "：" not in text:
        return False
    stripped = text.strip()
    if not CATEGORIES.match(stripped):
        return False
    items = re.split(r"[:：]", stripped, maxsplit=1)[-1]
    if _COLUMN_GAP.search(items):
        return False  # a header block's two columns: "Category: Informational      April 2025"
    if items.strip()[:1].islower() and not _CAPITALISED_ITEM.search(items):
        return False  # MediaWiki capitalises category names: "Categories: position, heading" is a setting
    return not is_prose(items) or (
        len(_GLUED_LINK.findall(items)) >= _GLUED_LINKS_MIN and not SENTENCE_END.search(items)
    )


_CAPITALISED_ITEM = re.compile(r"(?:^|[|,;•·]\s*)[^\W\d_a-z]")
_COLUMN_GAP = re.compile(r"\S {4,}\S")
# Where two links were saved without a space: a lower-case letter, digit or bracket, then a capital.
_GLUED_LINK = re.compile(r"[A-Z](?<=[a-z\d)][A-Z])")
_GLUED_LINKS_MIN = 2


def is_end_marker(text: str) -> bool:
    """Lines after which a saved wiki or journal page holds only chrome.

    Converter markup does not hide one: ``## Navigation menu`` and a ``Retrieved from`` line whose
    URL became a markdown link are end markers too.
    """
    stripped = text.strip()
    if "](" in stripped or stripped[:1] in "#*=":
        stripped = heading_text(stripped)
    return bool(
        ("://" in stripped and RETRIEVED_FROM.match(stripped))
        or NAVIGATION_MENU.match(stripped)
        or is_category_line(stripped)
        or LAST_EDITED.match(stripped)
        or is_refbacks(stripped)
    )


# The frame a distributor puts around an ebook's text: "*** START OF THE PROJECT GUTENBERG EBOOK
# X ***" over it and "*** END OF …" under it, the licence and catalogue data outside. Older files
# close their header with "*END*THE SMALL PRINT!" and end with "End of the Project Gutenberg
# EBook of X" or "End of Project Gutenberg's X". The distributor's name is not fixed, "EBOOK" is.
EBOOK_TEXT_START = re.compile(
    r"^\s*(?:\*{3}\s*START OF (?:THE|THIS) [\w ]{0,60}?\bE-?BOOK\b|\*END\*\s*THE SMALL PRINT)", re.IGNORECASE
)
EBOOK_TEXT_END = re.compile(
    r"^\s*(?:\*{3}\s*END OF (?:THE|THIS) [\w ]{0,60}?\bE-?BOOK\b|End of (?:the |this )?Project Gutenberg(?:'s)?\b)",
    re.IGNORECASE,
)


# OJS's refbacks heading and notice in the languages it is translated into: "Refbacks",
# "There are currently no refbacks.", "Refback'ler şu anda bulunmuyor.", "Actualmente no hay refbacks".
_REFBACK = re.compile(r"\brefbacks?\b|\brefback['’]", re.IGNORECASE)
_REFBACKS_WORDS = 8


def is_refbacks(text: str) -> bool:
    """The OJS refbacks heading or notice that closes an article page, in any language: a short
    line that names refbacks.

    >>> is_refbacks("There are currently no refbacks."), is_refbacks("Refback'ler şu anda bulunmuyor.")
    (True, True)
    >>> is_refbacks("Refbacks list the sites that link to an article, which some editors find useful.")
    False
    """
    return (
        len(text) <= 100
        and "efback" in text
        and bool(_REFBACK.search(text))
        and word_count(text) <= _REFBACKS_WORDS
    )


# A word: letters and the marks that join them (a Devanagari vowel sign is no \w, and splitting
# at it counted "परीक्षा" as three words). Only in the Indic scripts, which set spaces between
# words: a Thai or Khmer sentence has none, and is counted as its marks split it, more like CJK
# text by its characters than as one word. The empty group makes ``findall`` list an empty string
# per word instead of copying each word out.
_WORD_MARK = re.compile(rf"[\w\u0300-\u036f{_INDIC}]+()")


# Chinese, Japanese and Korean write without spaces: their lengths count in characters.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_DATELINE_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DATELINE_WORDS = 8


def is_dateline(text: str) -> bool:
    """A few words with a year: a publication date set above or under a heading.

    >>> is_dateline("Published March 4, 2024"), is_dateline("Minutes of the Planning Committee")
    (True, False)
    """
    return word_count(text) <= _DATELINE_WORDS and bool(_DATELINE_YEAR.search(text))


def word_count(text: str) -> int:
    """Words between spaces and punctuation, vowel signs inside Indic words included.

    >>> word_count("Board exams, 2026"), word_count("बोर्ड परीक्षा मौसम")
    (3, 3)
    """
    return len(_WORD_MARK.findall(text))


# Fifteen words of running text fit in this many characters, so a long line is settled by its start.
_PROSE_PREFIX = 128


def is_prose(text: str) -> bool:
    """A line that reads as running text: a sentence, or long enough to be one.

    >>> is_prose("Seoul is the capital.")
    True
    >>> is_prose("South Korea"), is_prose("[Visit us](https://museum.example/visit/opening-hours-and-tickets)")
    (False, False)
    """
    if "](" in text:  # a link's address is no words: "[Visit us](https://…/visit)"
        text = link_text(text)
    words = len(_WORD_MARK.findall(text, 0, _PROSE_PREFIX))
    if words < 15 and len(text) > _PROSE_PREFIX:
        words = word_count(text)
    if words >= 15 or (words >= 4 and bool(SENTENCE_END.search(text))):
        return True
    return is_cjk_sentence(text)


# Chinese and Japanese put no spaces between words: a sentence is told by its characters.
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_CJK_SENTENCE_CHARS = 15
_CJK_PROSE_CHARS = 60


def is_capitalised_run(text: str) -> bool:
    """Words that all start with a capital and end no sentence: menu labels run together on one
    line ("For Authors For Reviewers For Editors …") or a list of names, never running text,
    which has lower-case words between its names.

    >>> is_capitalised_run("For Authors For Reviewers For Editors For Librarians For Publishers")
    True
    >>> is_capitalised_run("Home bakers keep their starters in the refrigerator between uses")
    False
    """
    if SENTENCE_END.search(text):
        return False
    initials = [word[0] for word in text.split() if word[0].isalpha()]
    return len(initials) >= 8 and all(c.isupper() for c in initials)


def is_cjk_sentence(text: str) -> bool:
    """A Chinese or Japanese sentence: fifteen characters ending in a full stop, or sixty of them.

    >>> is_cjk_sentence("粗大ごみの戸別収集の日程を地区ごとに変更します。"), is_cjk_sentence("サイトマップ")
    (True, False)
    """
    if len(text) < _CJK_SENTENCE_CHARS or not _CJK_CHAR.search(text):
        return False
    chars = len(_CJK_CHAR.findall(text))
    return chars >= _CJK_PROSE_CHARS or (chars >= _CJK_SENTENCE_CHARS and bool(SENTENCE_END.search(text)))


_BLOCK_LINE_WORDS = 6


def is_block_indented(line: str) -> bool:
    """Whether a line is indented as a block of code or verse is: by a tab or four spaces.

    >>> is_block_indented("    FROM reading r"), is_block_indented("  * item")
    (True, False)
    """
    return line.startswith(("    ", "\t"))


# What source code writes and prose does not: a comparison, assignment or arrow ("<>", " = ",
# "->", "::"), or a line that ends opening a block or a call; and names joined by dots or
# underscores ("o.order_id"), of which a user name or a file name has only one.
_CODE_OPERATOR = re.compile(r"[<>!=]=|<>|->|=>|::|\s=\s|[;{(]\s*$|^\s*[)}\]]")
_CODE_NAME = re.compile(r"\b[a-z_]\w*\.[a-z_]\w*\b(?!\.)|\b[a-z]+_[a-z_]+\b")
# an address, or a host or file name ending in a short suffix ("courts.example.uk", "scan.jpg")
_URL_OR_HOST = re.compile(r"\S*(?:://|www\.)\S*|[\w.-]+\.[a-z]{2,3}\b(?![\w.])")


def looks_like_code(line: str) -> bool:
    """Whether a line reads as source code, as a code block's lines saved without their
    indentation do.

    >>> looks_like_code("LEFT JOIN refunds r ON r.order_id = o.order_id"), looks_like_code("See e.g. the map.")
    (True, False)
    >>> looks_like_code("SELECT o.order_id, o.placed_at"), looks_like_code("kestrel_dave")
    (True, False)
    """
    line = _URL_OR_HOST.sub(" ", line)  # an address's dots are no code
    if _CODE_OPERATOR.search(line):
        return True
    names = _CODE_NAME.finditer(line)
    return next(names, None) is not None and next(names, None) is not None


# A line that opens a list item: "* Episode 86: …", "- fixed …", "3. Stir", "(b) the lessee".
LIST_ITEM = re.compile(
    r"^\s*(?:\d{1,3}[.)]|[*•·-]|\([a-z0-9]{1,3}\)|\[[ xX]\])\s+\S"
)  # "[x] done": a task list


def _one_item_a_line(lines: list[str], words: list[int]) -> bool:
    """Whether every long line of a block opens a list item of its own: nothing wraps, so each
    item is judged alone ("* Episode 86: The Last Oyster Dredgers · 47 min" under "More episodes")."""
    items = 0
    for line, count in zip(lines, words, strict=True):
        if LIST_ITEM.match(line):
            items += 1
        elif count >= _BLOCK_LINE_WORDS:
            return False
    return items >= 2


def is_prose_block(lines: list[str]) -> bool:
    """A block (a run of non-blank lines) that reads as running text, judged as a whole.

    Hard-wrapped text breaks sentences across lines, so most of its lines neither end in
    punctuation nor reach fifteen words; the block they form does. Infobox rows and menus are
    blocks too, but of short lines, which the words-per-line floor keeps out.

    >>> is_prose_block(["Tardigrades, known colloquially as water bears, are a",
    ...                 "phylum of eight-legged micro-animals. They were first"])
    True
    >>> is_prose_block(["Capital", "Seoul", "Largest city", "Seoul", "Official languages", "Korean"])
    False
    """
    if len(lines) == 1:
        return is_prose(lines[0])
    words = [word_count(line) for line in lines]
    if _one_item_a_line(lines, words):
        return False
    if sum(words) < 15 or sum(words) / len(lines) < _BLOCK_LINE_WORDS:
        return False
    joined = " ".join(line.strip() for line in lines)
    return bool(SENTENCE_END.search(joined) or re.search(r"\w[.!?;:]\s+\w", joined))


def edit_link_heading(text: str) -> str | None:
    """The heading text of a line that carries a MediaWiki edit link, else ``None``.

    >>> edit_link_heading("History[edit | edit source]")
    'History'
    >>> edit_link_heading("[edit] History")
    'History'
    >>> edit_link_heading("Click [edit] to change the page") is None
    True

    Fandom and other wikis draw the link as an icon, which a text copy leaves as empty brackets;
    a line of code ending in ``[]`` is no title:

    >>> edit_link_heading("Lore[]"), edit_link_heading("int counts[]"), edit_link_heading("x = f(a[])")
    ('Lore', None, None)

    In a language whose labels are not listed, the pair of links repeats one word:

    >>> edit_link_heading("Sejarah[sunting | sunting sumber]"), edit_link_heading("Sizes [small | large]")
    ('Sejarah', None)
    """
    # Each pattern is tried only where it can match: the suffix one tries every position of a line.
    match = EDIT_LINK_SUFFIX.match(text) if _EDIT_LINK_AT_END.search(text) else None
    if match is None and text.lstrip().startswith("["):
        match = EDIT_LINK_PREFIX.match(text)
    if match is None and text.rstrip().endswith("[]"):
        match = _ICON_EDIT_LINK.match(text)
    if match is None and text.rstrip().endswith("]") and "|" in text:
        match = _EDIT_LINK_PAIR.match(text)
    if match is None:
        return None
    heading = match.group("text").strip()
    return heading if 0 < len(heading) <= 200 and not EDIT_LINK_SUFFIX.match(heading) else None


# A heading's words put before a lone link, so the heading patterns judge the link as on its heading.
_HEADING_PROBE = "Heading"


def is_lone_edit_link(text: str) -> bool:
    """Whether a stripped line is only a heading's bracketed edit link, saved on its own line.

    >>> is_lone_edit_link("[edit]"), is_lone_edit_link("[sửa | sửa mã nguồn]"), is_lone_edit_link("[sic]")
    (True, True, False)
    """
    return (
        text.startswith("[")
        and text.endswith("]")
        and edit_link_heading(_HEADING_PROBE + text) == _HEADING_PROBE
    )


# --- pages printed to PDF and extracted back to text ---------------------------------------------

# What a browser or a database prints on every page: a counter ("3 of 12"), a date-and-time header,
# a "Downloaded from" stamp, the page's URL (a counter may follow it), a bare page number.
PAGE_COUNTER = re.compile(
    r"^\s*(?:Page\s+)?\d{1,4}\s*(?:of|/|von|de|sur|из|trên)\s*\d{1,4}\s*$", re.IGNORECASE
)
# Where a digitised page begins, in the text a journal archive or a book scan serves: "Page 118",
# "[p. 118]", "Seite 118". Marks only in sequence (see ``DocumentContext.page_mark_indices``).
PAGE_MARK = re.compile(r"^\s*\[?(?:page|seite|pagina|página|pág\.|p\.)\s?(\d{1,4})\]?\s*$", re.IGNORECASE)
_PRINT_TIME = r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?"
PRINT_STAMP = re.compile(rf"^\s*{_PRINT_TIME}\s*(?:\S.{{0,150}})?$")
PRINT_STAMP_PREFIX = re.compile(rf"{_PRINT_TIME}\s+")  # before the <title> the header carries
DOWNLOAD_STAMP = re.compile(r"^(?:Downloaded from|Printed from|Printed on)\s+\S.{0,160}$", re.IGNORECASE)
BARE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*(?:\d{1,4}\s*/\s*\d{1,4})?\s*$")
BARE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")


# --- pages of any site: where the article ends ---------------------------------------------------

# Lines that open a page's closing furniture on blogs, news sites, forums, wikis, journals, mailing
# list archives and newsletters. They are only openers: the context checks that what follows is
# thin (no run of prose, no heading) before it treats the rest of the page as a tail.
# Matched against the lower-cased line (see ``is_soft_end``), so written in lower case.
SOFT_END = re.compile(
    r"^(?:share(?: this(?: article| page| post| story| chapter| book| paper)?)?:?|share on \w+.{0,60}|like this:?|posts? navigation"
    r"|\d[\d,]* (?:comments?|commentaires?|kommentare?|comentarios?|comentários?|commenti|reacties)"
    r"|comments?(?: \(\d+\))?:?|leave a (?:reply|comment).{0,40}|loading comments\W*"
    r"|related(?: articles| posts| stories| pages| content| items| events| products| courses| jobs| guides"
    r"| links| topics| questions| videos| reading| searches| documents| publications| objects| records"
    r"| guidelines| news| resources)?:?|more on this (?:story|topic)"
    r"|you (?:may|might) also (?:like|enjoy).{0,20}|recommended(?: articles| for you| reading)?(?: \(\d+\))?"
    r"|das k[öo]nnte (?:ihnen|dir) auch gefallen|das k[öo]nnte sie auch interessieren|mehr zum thema:?"
    r"|kommentare \(\d+\)|alle kommentare anzeigen|zurück nach oben|vous (?:aimerez|pourriez) (?:aussi|également)(?: aimer)?.{0,20}"
    r"|(?:tambi[ée]n )?te (?:puede|podr[ií]a) interesar|(?:ti )?potrebbe (?:anche )?interessarti"
    r"|(?:ähnliche|passende) (?:produkte|artikel|beiträge)|(?:art[ií]culos|productos) relacionados"
    r"|most (?:read|popular|viewed|shared)(?: articles.{0,40})?|recent (?:posts|articles)"
    r"|les plus (?:lus|partagés|commentés)|meistgelesen|am meisten gelesen|lo más leído|(?:as )?mais lidas"
    r"|(?:i )?più letti|meest gelezen|mest (?:læst|lest|lästa|delt|delade)|luetuimmat"
    # the same blocks in other languages and scripts: Russian, Portuguese, Arabic
    r"|поделиться:?|читайте также:?|комментарии(?: \(\d+\))?:?|похожие (?:статьи|новости|материалы)"
    r"|самое (?:читаемое|популярное)|quem comprou (?:também )?(?:levou|comprou|viu)|produtos relacionados"
    r"|(?:você )?(?:também )?pode gostar|leia também:?|شارك:?.{0,60}|اقرأ أي?ضاً?|الأكثر قراءة|(?:أخبار|مقالات) ذات صلة"
    r"|(?:was|is) this (?:page|article|answer|information|post|content|guide) (?:helpful|useful)\?.{0,40}"
    r"|report a problem with this (?:page|record|item|article)|cette page vous a-t-elle [ée]t[ée] utile ?\?.{0,40}"
    r"|war diese seite hilfreich\?.{0,40}|¿(?:te|le) (?:ha )?(?:resultado|sido|fue) útil (?:esta página|este contenido)\?.{0,40}"
    r"|was deze pagina nuttig\?.{0,40}|questa pagina (?:ti )?è stata utile\?.{0,40}"
    # a shop's and a network's blocks under the page
    r"|customers (?:also|who (?:bought|viewed) this(?: item)? also) (?:bought|viewed).{0,40}|frequently bought together"
    r"|follow us(?::?(?: on)? (?:instagram|facebook|twitter|x|linkedin|youtube|tiktok|mastodon|bluesky"
    r"|pinterest|threads|social media)\b.{0,80})?:?|cite this (?:object|page|record|item|entry)"
    r"|(?:compartir|partager|teilen|condividi|delen|compartilhar|udostępnij|dela)(?: (?:en|sur|auf|su|op|em|na|på) \w+)?:?"
    r"|rate this (?:article|page|faq|post|entry)\b.{0,80}|cited by(?: \(\d+\))?"
    r"|sign up (?:to|for) (?:our|the) (?:\w+ )?newsletter.{0,40}|edit this page"
    r"|(?:copyright )?(?:©|\(c\))(?: ?copyright)? ?\d{4}\b.{0,150}|(?:©|\(c\)) ?[^\d©]{2,80} (?:1[89]|20)\d\d\.?"
    r"|explore more on (?:these|this) topics?"
    # a blog platform's share, like and related blocks, in the languages it ships
    r"|(?:compartilhe isso|comparte esto|partager cette entr[ée]e|partager ceci|teilen mit|condividi questo articolo"
    r"|deel dit|deel deze pagina|paylaş)\s?:?"
    r"|(?:curtir isso|me gusta esto|j[’']aime (?:ça|ceci)|mi piace questo|vind ik leuk) ?:?"
    r"|relacionad[oa]s?|correlati|gerelateerd|sur le m[êe]me th[èe]me|[äa]hnliche beitr[äa]ge|benzer konular"
    # a publishing platform's closing blocks: the author's card, the responses, other stories
    r"|responses? \(\d[\d,.]*k?\)|recommended from .{1,40}|more from .{1,60}|more like this|written by [^.<>@]{1,60}"
    r"|published in [^.<>@:]{1,60}|\d[\d,.]*k? (?:followers|readers)"
    # a community site's sidebar and its closing notice of the terms
    r"|\d[\d,.]*k? users here now|use of this site constitutes acceptance of our .{1,200}"
    r"|people also (?:looked at|read|viewed)"
    # a login wall over the rest of a thread or an article
    r"|you (?:must|need to) (?:be logged in|log in|sign in|register) to (?:view|see|read|reply|post|continue).{0,80}"
    # a copyright line with no year: the reservation of rights alone
    r"|(?:©|\(c\)) ?(?:crown copyright|riproduzione riservata|all rights reserved|tous droits r[ée]serv[ée]s"
    r"|todos los derechos reservados|alle rechte vorbehalten)|riproduzione riservata ?©?"
    r"|(?:copyright )?(?:©|\(c\)) [^\d©]{2,80}[.,] all rights reserved\.?"
    # the same blocks in Vietnamese, Hebrew, Indonesian, Czech and Swedish
    r"|chia sẻ:?|tin liên quan|tin mới nhất|bài viết liên quan|đọc nhiều nhất|ý kiến(?: \(\d+\))?|xem thêm ý kiến"
    r"|bình luận(?: \(\d+\))?:?|gửi bình luận|từ khóa:?"
    r"|כתבות (?:נוספות|קשורות)|(?:\d+ )?תגובות(?: לכתבה)?(?: \(\d+\))?|הוסיפו תגובה|הוסף תגובה|תוכן ממומן"
    r"|הנקראים ביותר|שתפו(?: ב.{1,20})?"
    r"|bagikan(?: ini)?:?|suka ini:?|terkait|artikel terkait|tinggalkan (?:balasan|komentar).{0,40}|\d+ komentar"
    r"|sdílet:?|související (?:články|příspěvky|témata)|komentáře(?: \(\d+\))?|nejčtenější|kdo je online"
    r"|přejít na|zpět na .{1,60}"
    r"|relaterade (?:sidor|artiklar|länkar|nyheter)|hjälp oss att bli bättre|fick du svar på det du letade efter\?"
    # and in Korean and European Portuguese
    r"|많이 본 (?:뉴스|기사)|저작권자 ?©.{0,80}|키워드|esta página foi útil\?.{0,40}|serviços relacionados"
    # a network's sponsored links under the article
    r"|(?:sponsored|paid|partner) content|promoted stories|recommended by"
    # the same blocks on Japanese, Chinese and Korean sites
    r"|被引用文献(?: ?[(（]\d+[)）])?|関連(?:文献|記事)|この記事を共有|相关(?:文章|阅读|推荐)|관련 ?기사"
    r"|this (?:article|page) uses material from the wikipedia article.{0,300}"
    r"|community content is available under.{0,80}"
    r"|--|-- |-{20,}|_{20,}|={20,}"
    r"|previous message(?: \(by thread\))?: .{1,200}|more information about the .{1,80} mailing list"
    # the first line of a list manager's footer under each message: "Hollis-Birds mailing list"
    r"|[\w.-]{1,60} mailing list"
    r"|full[- ]text:? .{0,30}|downloads?|how to cite(?: this article)?|categories:?"
    r"|similar (?:articles|homes|properties|listings|products|items|jobs|events|recipes|posts)"
    r"|descargas|c[oó]mo citar(?: este art[ií]culo)?|art[ií]culos similares|artigos (?:semelhantes|similares)"
    r"|comment citer(?: cet article)?|articles similaires|t[ée]l[ée]chargements?"
    r"|jak cytowa[ćc]|pobrania|zitationsvorschlag|come citare|nedladdningar"
    r"|who is online|display posts from previous:.{0,80}|(?:back to )?top|return to (?:top|\W?[\w ]{1,60}\W?)"
    r"|(?:load|view|show|see) (?:\d+ )?more comments(?: \(\d+(?: repl(?:y|ies))?\))?"
    # a data repository's panels under the record: its file list with the total size, its versions
    r"|files \([\d.,]+\s?[kmgt]?i?b\)|versions|view all \d+ versions|cite all versions\?.{0,200}"
    # a literature database's links out to other sites holding the record
    r"|(?:linkout - )?more resources"
    # a site's hidden landmark heading over its footer
    r"|footer(?: navigation)?"
    # a repository page's sidebar under its README: "Releases 19", "Contributors 9"
    r"|(?:releases|contributors|used by|deployments|packages) \d[\d,]*"
    # a podcast's list of its other episodes
    r"|(?:more|other|recent|latest|previous) episodes"
    # a publisher's panel of other articles under the article
    r"|related research|people also read"
    # a forum's closing notice and its list of other threads
    r"|this topic was automatically closed .{0,160}|suggested topics|want to read more\? browse other topics.{0,120}"
    # a repository's item page: its file list, collections and full record under the metadata
    r"|(?:show )?full item record|files in this item:?|appears in collections:.{0,120}"
    r"|this item appears in the following collection\(s\)|mostrar el registro completo del [ií]tem"
    r"|(?:ficheros|archivos) (?:en|de) (?:el|este) [ií]tem:?|este [ií]tem aparece en la\(s\) siguiente\(s\) .{0,20}"
    r"|mostrar (?:o )?registro completo(?: do item)?|arquivos (?:neste|deste) item:?|este item aparece na\(s\) .{0,40}"
    r"|zur langanzeige|dateien zu dieser ressource:?|diese ressource erscheint in .{0,40}|erscheint in sammlungen:.{0,120}"
    r"|afficher la notice compl[eè]te|fichier\(s\) constituant ce document|cet [ée]l[ée]ment appara[iî]t dans .{0,60}"
    # a journal platform's licence badge, its alternative text run into the notice beside it
    r"|creative commons licen[cs]e (?:this|este|esta|este é|este es|cet|dieser|questo) .{10,200}"
    r")$",
)


def is_soft_end(text: str) -> bool:
    """A line that opens the closing furniture of a page of any kind (share bar, comments, footer).

    >>> is_soft_end("Share this:"), is_soft_end("Cited by (14)"), is_soft_end("Share the load evenly.")
    (True, True, False)
    """
    stripped = text.strip()
    if len(stripped) > 320:
        return False
    if "](" in stripped or stripped[:1] in "#*=[":
        stripped = heading_text(stripped).strip("[] ")
    return bool(SOFT_END.match(stripped.lower()))  # lower case first: a pattern that ignores case is slower


# What a link to the previous or the next page or section starts or ends with.
BACK_ARROWS = "«‹←◄⇐"
ON_ARROWS = "»›→►⇒"

# The heading over an article's keyword list, in the languages journal platforms print it in.
KEYWORDS_HEADING = re.compile(
    r"^(?:Keywords?|Key ?words|Index terms|Author (?:tags|keywords)|MeSH terms|Substances|Publication types"
    r"|Subject (?:terms|headings)|Grants and funding|Schlagwörter|Schlüsselwörter|Mots[- ]clés|Palabras clave"
    r"|Palavras[- ]chave|Parole chiave|Słowa kluczowe|Trefwoorden|Nyckelord|Nøkkelord|Avainsanat"
    r"|Domaines?|Anahtar Kelimeler|Klíčová slova|Kulcsszavak|Cuvinte cheie|Kata kunci|Emneord|Asiasanat"
    r"|Ключевые слова|Ключові слова|Λέξεις[- ]κλειδιά|キーワード|关键词|關鍵詞|关键字|주제어)\s*[:：]?$",
    re.IGNORECASE,
)

# An article's history, one event a line: "Manuscript received: 3 June 2025", "Accepted 19 December
# 2023", "Version of Record online: 14 October 2025".
_DATE = r"(?:\d{1,2}(?:st|nd|rd|th)? \w+,? \d{4}|\w+ \d{1,2},? \d{4}|\d{4}-\d\d-\d\d)"
HISTORY_DATE_LINE = re.compile(
    r"^(?:Manuscript )?(?:Received|Revised|Accepted|(?:First )?Published(?: online)?|Available online"
    r"|Version of Record online|Received in revised form|Issue (?:Online|published))\s*:?\s*"
    + _DATE
    + r"\.?$",
    re.IGNORECASE,
)
HISTORY_HEADING = re.compile(r"^(?:Publication|Article|Manuscript) history:?$", re.IGNORECASE)
# The article's DOI on a line of its own: "DOI: https://doi.org/10.60231/978-3-031-44872-1_7".
DOI_LINE = re.compile(r"^(?:DOI:?\s*)?https?://(?:dx\.)?doi\.org/10\.\S+$", re.IGNORECASE)

# "© 2023 The Author(s). Published by …": the article's own copyright, not the site's.
AUTHORS_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright).{0,30}\bthe authors?\b", re.IGNORECASE)


# Words of the small print under a page, newsletter or forum: a line carrying them is not article
# text even when it is long, so it does not make what follows a soft end look like content.
_FOOTER_PHRASES = (
    "you are receiving this",
    "you received this",
    "unsubscribe",
    "update your preferences",
    "update your email preferences",
    "in your inbox",
    "to your inbox",
    "powered by",
    "all rights reserved",
    "registered in england",
    "registered in scotland",
    "registered in wales",
    "registered users",
    "registered charity",
    "registered office",
    "users browsing this",
    "privacy policy",
    "privacy notice",
    "terms of use",
    "terms of service",
    "terms of conditions",
    "terms and use",
    "terms and service",
    "terms and conditions",
    "we use cookies",
    "cookie settings",
    "cookie policy",
    "cookie preferences",
    "is operated by",
    "charity no",
    "charity number",
    "company no",
    "company number",
    "rss feed",
    "rss reader",
    "a public charity",
    "not-for-profit organization",
    "not-for-profit organisation",
    "non-profit organization",
    "non-profit organisation",
    "nonprofit organization",
    "a non-profit",
    "a nonprofit",
    "a not-for-profit",
    "registered trademark",
    "registered trademarks",
    "are trademarks of",
    "is a trademark of",
    "developed and maintained by",
    # the same small print on shops and sites in other languages (de, fr, es, pt, it, nl, pl)
    "alle rechte vorbehalten",
    "inkl. mwst",
    "zzgl. versandkosten",
    "datenschutzerklärung",
    "tous droits réservés",
    "politique de confidentialité",
    "todos los derechos reservados",
    "política de privacidad",
    "todos os direitos reservados",
    "política de privacidade",
    "tutti i diritti riservati",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
    # Russian, Arabic: rights reserved, the notice that reuse needs a link, cookies
    "все права защищены",
    "при использовании материалов",
    "используем файлы cookie",
    "جميع الحقوق محفوظة",
)
# A prefix tree of the phrases: at each word start the engine follows one branch per letter.
_FOOTER_WORDS = re.compile(rf"\b(?:{_prefix_alternation(_FOOTER_PHRASES)})\b", re.IGNORECASE)


def is_footer_text(text: str) -> bool:
    """A line in the vocabulary of page small print (newsletter notices, "Powered by", legal links).

    >>> is_footer_text("You are receiving this email because you joined our list.")
    True
    >>> is_footer_text("The engine is powered by steam and drives the mill.")
    True
    >>> is_footer_text("Residents say the ferry is their lifeline.")
    False

    It is a signal for the tail zone only, never a reason to drop a line by itself: a sentence
    about a steam-powered mill matches too, and only counts as small print after a page-end opener.
    """
    return len(text) <= 400 and bool(_FOOTER_WORDS.search(text))


_LINK_SEPARATOR = re.compile(r"\s[·•|]\s")
_LINK_LIST_ITEMS = 4
_LINK_ITEM_WORDS = 4
_TICKER_ITEMS = 3  # headlines a news ticker runs together
_HEADLINE_WORDS = 12


_FIELD_LABEL_CHARS = 20  # a field's name: "Registrován", "Üyelik tarihi"
_DIGIT = re.compile(r"\d")


def field_label(text: str) -> str | None:
    """The name of a "name: value" line, or ``None`` for any other line: a short name with no digit,
    and a value after it.

    >>> field_label("Konum: Kocaeli"), field_label("Label: Tarn Records"), field_label("12:30: lunch")
    ('Konum', 'Label', None)
    """
    label, colon, value = text.partition(": ")
    if colon and value and 0 < len(label) <= _FIELD_LABEL_CHARS and not _DIGIT.search(label):
        return label
    return None


def is_bar(text: str) -> bool:
    """Items set side by side by a bar's separators ("Free delivery | 30-day returns | Sale").

    >>> is_bar("News | Sport | Opinion"), is_bar("Rivers | A history")
    (True, False)
    """
    return len(_LINK_SEPARATOR.findall(text)) >= 2


def is_link_list(text: str) -> bool:
    """A line of short items set apart by middle dots, bullets or bars: links, not a sentence.

    >>> is_link_list("Hotels in Trieste · Apartments in Trieste · B&Bs in Trieste · Hotels near the airport")
    True
    >>> is_link_list("We stopped at Rome · then Milan, and took the night train to Vienna with the children.")
    False
    >>> is_link_list("Bridge shut after crash • School places allocated • Water off on Thursday in Zatorze")
    True
    """
    if "·" not in text and "•" not in text and "|" not in text:
        return False
    items = _LINK_SEPARATOR.split(text.strip())
    if len(items) < _TICKER_ITEMS or text.rstrip().endswith((".", "!", "?")):
        return False
    if len(items) >= _LINK_LIST_ITEMS and word_count(text) <= _LINK_ITEM_WORDS * len(items):
        return True
    # a ticker of headlines: longer items, none a sentence of its own
    return all(
        word_count(item) <= _HEADLINE_WORDS and not item.rstrip().endswith((".", "!", "?", ",", ";"))
        for item in items
    )


# Labels of a site's own menus (blogs, news sites, forums, community wikis, journals): section
# names and account links. A line made only of them is a menu when other menu lines are beside it.
_MENU_PHRASES = (
    "home",
    "about",
    "about us",
    "contact",
    "contact us",
    "blog",
    "news",
    "shop",
    "store",
    "recipes",
    "archives",
    "archive",
    "current",
    "announcements",
    "search",
    "menu",
    "open main menu",
    "open menu",
    "close menu",
    "toggle navigation",
    "toggle menu",
    "fandom",
    "faq",
    "faqs",
    "help",
    "forum",
    "forums",
    "community",
    "docs",
    "documentation",
    "wikis",
    "explore",
    "games",
    "movies",
    "tv",
    "video",
    "videos",
    "music",
    "sport",
    "sports",
    "business",
    "opinion",
    "weather",
    "culture",
    "politics",
    "science",
    "technology",
    "travel",
    "lifestyle",
    "entertainment",
    "events",
    "gallery",
    "photos",
    "podcasts",
    "subscribe",
    "donate",
    "register",
    "login",
    "log in",
    "logout",
    "log out",
    "sign in",
    "sign up",
    "sign out",
    "categories",
    "tags",
    "topics",
    "products",
    "services",
    "pricing",
    "careers",
    "jobs",
    "press",
    "resources",
    "support",
    "downloads",
    "team",
    "calendar",
    "submissions",
    "sitemap",
    "rss",
    "newsletter",
    "advertise",
    "privacy",
    "terms",
    "feedback",
    "main page",
    "all pages",
    "recent blog posts",
    "recent changes",
    "random page",
    "interactive maps",
    "my account",
    "current issue",
    "edit",
    "edit source",
    "view source",
    "history",
    "talk",
    "article",
    "language",
    "languages",
    "watch",
    "download pdf",
    "print",
    "share",
    "export",
    "cite this page",
    # a journal platform's tabs and tools over an article
    "cite this",
    "metrics",
    "more like this",
    "alerts",
    "add to favourites",
    "add to favorites",
    "more",
    "advanced",
    # documentation sites
    "getting started",
    "installation",
    "user guide",
    "api reference",
    "changelog",
    "release notes",
    "contributing",
    "tutorials",
    "examples",
    "search docs",
    "edit on github",
    "view page source",
    "show source",
    "previous topic",
    "next topic",
    # the same few labels on sites in other languages (es, pt, fr, it, de, nl)
    "inicio",
    "início",
    "acerca de",
    "sobre nosotros",
    "contacto",
    "contato",
    "buscar",
    "pesquisar",
    "iniciar sesión",
    "registrarse",
    "entrar",
    "menú",
    "ayuda",
    "ajuda",
    "accueil",
    "à propos",
    "rechercher",
    "connexion",
    "se connecter",
    "s'inscrire",
    "aide",
    "mentions légales",
    "chi siamo",
    "contatti",
    "cerca",
    "accedi",
    "registrati",
    "startseite",
    "über uns",
    "kontakt",
    "suche",
    "anmelden",
    "registrieren",
    "impressum",
    "datenschutz",
    "hilfe",
    "over ons",
    "zoeken",
    "inloggen",
    # a news site's sections in those languages
    "secciones",
    "portada",
    "internacional",
    "opinión",
    "economía",
    "sociedad",
    "cultura",
    "deportes",
    "tecnología",
    "ciencia",
    "última hora",
    "actualités",
    "politique",
    "économie",
    "société",
    "idées",
    "nachrichten",
    "politik",
    "wirtschaft",
    "kultur",
    "meinung",
    "cronaca",
    "politica",
    "economia",
    "esteri",
    "spettacoli",
    "esportes",
    "opinião",
    # and in the other scripts of the larger web (zh, ja, ko, ru, uk, ar) and a few more languages
    "首页",
    "登录",
    "注册",
    "帮助中心",
    "网站地图",
    "联系我们",
    "关于我们",
    "ホーム",
    "トップページ",
    "ログイン",
    "サイトマップ",
    "お問い合わせ",
    "홈",
    "로그인",
    "회원가입",
    "사이트맵",
    "главная",
    "войти",
    "регистрация",
    "контакты",
    "о нас",
    "головна",
    "увійти",
    "الرئيسية",
    "تسجيل الدخول",
    "اتصل بنا",
    "strona główna",
    "zaloguj się",
    "startsida",
    "logga in",
    "hlavní stránka",
    "přihlásit se",
    "ana sayfa",
    "giriş yap",
    "giriş",
    "ara",
    "kullanıcı adı",
    "şifre",
    "beni hatırla",
    "kayıt ol",
    "abone ol",
    "hakkında",
    "iletişim",
    "yardım",
)
_MENU_ALTERNATION = _prefix_alternation(_MENU_PHRASES)
_MENU_LINE = re.compile(rf"^(?:[\s|·•/,*-]*(?:{_MENU_ALTERNATION})\b)+[\s|·•/,*-]*$", re.IGNORECASE)


def is_menu_line(text: str) -> bool:
    """A short line made only of site-menu labels, alone or several in a bar.

    >>> is_menu_line("News Sport Business Opinion Weather"), is_menu_line("Subscribe | Sign in | Search")
    (True, True)
    >>> is_menu_line("News from the committee"), is_menu_line("Share of exports fell")
    (False, False)
    """
    stripped = text.strip()
    return 0 < len(stripped) <= 80 and bool(_MENU_LINE.match(stripped))


_MENU_LABEL = re.compile(rf"(?:{_MENU_ALTERNATION})\b", re.IGNORECASE)

# What a forum, Q&A site or comment thread prints under every post: the actions a reader can take
# on it. One such line is a word like any other ("Share", "Follow"); the same line after post after
# post is a control bar (see ``DocumentContext.post_action_indices``).
_POST_ACTIONS = (
    "reply",
    "reply all",
    "quote",
    "multi-quote",
    "multiquote",
    "share",
    "report",
    "save",
    "hide",
    "permalink",
    "embed",
    "parent",
    "flag",
    "follow",
    "unfollow",
    "upvote",
    "downvote",
    "vote",
    "like",
    "comment",
    "favourite",
    "favorite",
    "boost",
    "reblog",
    "repost",
    "retweet",
    "bookmark",
    "award",
    "edit",
    "delete",
    "forward",
    "top",
    "back to top",
    "print view",
    "post reply",
    "add a comment",
    "add comment",
    "improve this answer",
    "improve this question",
    "copy link",
    "helpful",
    "not helpful",
    "show quoted text",
    "- show quoted text -",
    # the same buttons on comment threads in other languages
    *("antworten", "melden", "zitieren", "teilen", "répondre", "repondre", "signaler", "citer", "partager"),
    *("responder", "denunciar", "reportar", "citar", "compartir", "compartilhar", "rispondi", "segnala"),
    *("condividi", "reageren", "beantwoorden", "delen", "odpowiedz", "zgłoś", "cytuj", "udostępnij"),
    *("svara", "anmäl", "dela", "ответить", "пожаловаться", "цитировать", "поделиться"),
)
# A count among the buttons: "Like  Reply  1 Reaction", "Like · 12 likes".
_ACTION_COUNT = r"\d[\d,.]*[KkM]? (?:reactions?|likes?|repl(?:y|ies)|comments?)"
# The counts on a bar's line, taken off to tell one bar's copies ("Like Reply 1 Reaction", "Like Reply").
ACTION_COUNTS = re.compile(rf"\s*\b{_ACTION_COUNT}\b", re.IGNORECASE)
_POST_ACTION_LINE = re.compile(
    rf"^(?:[\s|·•/,]*(?:{_prefix_alternation(_POST_ACTIONS)}|{_ACTION_COUNT})(?![\w-]))+[\s|·•/,]*$",
    re.IGNORECASE,
)
_POST_ACTION_WORD = re.compile(rf"(?<![\w-])(?:{_prefix_alternation(_POST_ACTIONS)})(?![\w-])", re.IGNORECASE)
# The button under a reader's comment that answers it: "Reply", "[Reply](…?replytocom=14402)".
REPLY_BUTTON = re.compile(
    r"^\s*(?:reply|antworten|responder|r[ée]pondre|rispondi|reageren|odpowiedz|svara|svar)(?: \(\d+\))?\s*$",
    re.IGNORECASE,
)
# A mailing-list digest: the "Message: 2" line over each message's header, and the lines of the
# list software's template (Mailman's masthead, its topic index, its footer).
DIGEST_MESSAGE = re.compile(r"^Message: \d{1,4}$")
DIGEST_TEMPLATE = re.compile(
    r"^(?:Send .{1,80} mailing list submissions to|To subscribe or unsubscribe via the World Wide Web, visit"
    r"|or, via email, send a message with subject or body 'help' to|You can reach the person managing the list at"
    r"|When replying, please edit your Subject line so it is more specific|than \"Re: Contents of .{1,80} digest\.\.\.\""
    r"|Today's Topics:|Subject: Digest Footer|End of .{1,80} Digest(?:, Vol \d+, Issue \d+)?|\*{20,})$"
)
DIGEST_SEPARATOR = re.compile(r"^-{20,}$")
# A member's signature starts under this line.
SIGNATURE_DELIMITER = re.compile(r"^-- ?$")


def is_subject_field(text: str) -> bool:
    """A mail header's ``Subject:`` line, the title of its message."""
    return text[:8].lower() == "subject:"


# A thread's own controls between its posts: unmistakable as whole lines on a page with post bars.
THREAD_CONTROL = re.compile(
    r"^\s*(?:\d+ more repl(?:y|ies)|(?:load|view|show) (?:\d+ )?more (?:comments|replies)(?: \(\d+(?: repl(?:y|ies))?\))?"
    r"|continue this thread\W*|(?:view|show|hide) (?:\d+ )?repl(?:y|ies)|comment (?:deleted|removed) by (?:user|moderator)"
    r"|level \d+)\s*$",
    re.IGNORECASE,
)


def is_post_action_line(text: str) -> bool:
    """A short line made only of actions on a post: "Reply", "Share", "permalink embed save report reply".

    >>> is_post_action_line("Reply"), is_post_action_line("  permalink embed save parent report reply")
    (True, True)
    >>> is_post_action_line("Reply to the council"), is_post_action_line("Share-based payments")
    (False, False)
    >>> is_post_action_line("Upvote · 2.4K"), is_post_action_line("Vote 2024")
    (True, False)
    """
    if len(text) > 80:
        return False
    if _POST_ACTION_LINE.match(text):
        return True
    # an action with its bare count set apart beside it: "Upvote · 2.4K", "Like 1.2K" ("Vote 2024" is no bar)
    if not _ENDS_IN_COUNT.search(text):
        return False
    bare = _BARE_ACTION_COUNT.sub("", text)
    return bare != text and bool(bare.strip()) and bool(_POST_ACTION_LINE.match(bare))


def without_action_counts(text: str) -> str:
    """A bar's line without its counts, to tell one bar's copies: "Like Reply 1 Reaction" and
    "Upvote · 2.4K" read as "Like Reply" and "Upvote"."""
    return _BARE_ACTION_COUNT.sub("", ACTION_COUNTS.sub("", text))


_ENDS_IN_COUNT = re.compile(r"\d[KkM]?\s*$")
_BARE_ACTION_COUNT = re.compile(
    r"(?<=[A-Za-z])\s*[·•|]\s*\d[\d,.]*[KkM]?(?=\s|$)|(?<=[A-Za-z])\s+\d[\d,.]*[KkM](?=\s|$)"
)


def post_action_count(text: str) -> int:
    """How many actions a post-action line names: a bar of two or more on one line is no word.

    >>> post_action_count("Odpowiedz · Zgłoś"), post_action_count("Reply all"), post_action_count("Reply")
    (2, 1, 1)
    """
    return len(_POST_ACTION_WORD.findall(text)) if is_post_action_line(text) else 0


def menu_label_count(text: str) -> int:
    """How many menu labels a menu line holds; zero when the line is not one.

    >>> menu_label_count("Subscribe | Sign in | Search"), menu_label_count("Search"), menu_label_count("Search me")
    (3, 1, 0)
    """
    return len(_MENU_LABEL.findall(text)) if is_menu_line(text) else 0


_NON_ALNUM = re.compile(r"[\W_]+")


def name_keys(text: str) -> set[str]:
    """The keys a name may have: with "&" read "and", and with it left out ("Crumb & Crust").

    >>> sorted(name_keys("Crumb & Crust"))
    ['crumbandcrust', 'crumbcrust']
    """
    return {name_key(text), name_key(text.replace("&", " "))}


def name_key(text: str) -> str:
    """A name squashed for comparison with a host name: case, spaces and punctuation gone, "&" read "and".

    >>> name_key("Crumb & Crust"), name_key("Vintage Radio Forum")
    ('crumbandcrust', 'vintageradioforum')
    """
    return _NON_ALNUM.sub("", text.replace("&", " and ").casefold())


# A journal's masthead above an article: its name, and the volume/issue line under it.
JOURNAL_NAME = re.compile(
    r"^(?:The )?(?:[A-Z][\w&'-]*\s+){0,5}(?:Journal|Annals|Proceedings|Bulletin|Transactions|Letters|Review)"
    r"(?:\s+(?:of|for|on|in)(?:\s+(?:the|and|&|[A-Z][\w'-]*)){1,8})?$"
)
VOLUME_LINE = re.compile(
    r"^(?:Vol(?:ume|\.)?\s*\d{1,4})(?:,?\s*(?:No\.?|Issue)\s*\d{1,4})?(?:,\s*[\w ]{3,30}\d{4})?"
    r"(?:,\s*(?:\d{1,7}|pp?\.\s*\d+[–-]\d+))?$"
)
