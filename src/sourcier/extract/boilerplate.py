"""Republisher boilerplate: share prompts, newsletter and donation pitches, ads, related-links and
comment blocks, and paragraphs repeated within a page.

Rules judge whole paragraphs, never sentences inside one: a rule fires only on a short block
(at most :data:`MAX_WORDS` words) and its pattern must sit at the block's start or name the
promotion itself ("subscribe to our newsletter", "faites un don"), so that a news paragraph
*about* a newsletter or a donation stays in the body.
"""

from __future__ import annotations

import hashlib
import re

MAX_WORDS = 60  # promo blocks are short; longer paragraphs are never judged by rules
_F = re.IGNORECASE | re.UNICODE

# (reason, pattern) in order of precedence; patterns are searched in the whole (short) block
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("advertising", re.compile(
        r"^\W*(advertisements?|advertising|sponsored( content| post)?|ad|publicités?|pub|"
        r"annonces?|contenu sponsorisé|article sponsorisé|partenariat)\W*$|"
        r"^\W*(the )?(story|article|text) continues below|"
        r"^\W*(la suite de l'article|l'article continue|la suite) (après|ci-dessous|sous)|"
        r"^\W*(skip|close|fermer) (this )?(ad|advert|la publicité)|"
        r"^\W*(if you (buy|purchase|click|shop)|when you buy)\b.{0,120}\b(commission|share of|"
        r"earn|affiliate)|\b(we|site|\w+) may (earn|get|receive) (a |an )?(small )?(affiliate )?"
        r"(commission|share of (the )?sales?)|^\W*(this (post|article) contains )?affiliate links?\b|"
        r"^\W*(cet article contient des |nous percevons une commission|lien sponsorisé|"
        r"liens? affiliés?)", _F)),
    ("share", re.compile(
        r"^\W*(did you |vous avez )?(like|liked|enjoy|enjoyed|love|aimé|apprécié)( reading)? "
        r"(this|the|cet|l') ?(article|story|post|piece|billet)\b.{0,80}\b(share|partag)|"
        r"^\W*(cet|l') ?article vous a (plu|intéressé).{0,80}partag|"
        r"^\W*(please |merci de |n'hésitez pas à )?(share|partagez|partager|diffusez|"
        r"faites circuler|le partager)(-le|-la| it| this| cet| l'| sur| on| via| with| avec| à)\b|"
        r"^\W*(share|partager|partagez)( (this|on|sur|cet article|l'article|via))?\W*$|"
        r"^\W*(click|cliquez) (here )?(to share|pour partager)|"
        r"(^|[.!?…]\s+)\W*(follow us|suivez[- ]nous|like us|retrouvez[- ]nous|rejoignez[- ]nous)"
        r"\b.{0,80}\b(facebook|twitter|instagram|telegram|youtube|tiktok|linkedin|vk|x|"
        r"réseaux sociaux|social media|@\w+)|"
        r"\b(rejoignez|join|suivez|follow|abonnez-vous à|subscribe to)\b.{0,30}\b(notre|our|nos)\s+"
        r"(canal|channel|chaîne|compte|page|groupe|group)\s+(telegram|whatsapp|youtube|tiktok|vk|"
        r"signal|facebook|instagram|x)\b|"
        # Ukrainian, Russian, Czech, Polish, Hungarian
        r"^\W*(поділіться|поделитесь|sdílejte|sdílet|udostępnij|ossza meg)\b|"
        r"(^|[.!?…]\s+)\W*(підписуйтесь|підписуйтеся|підпишіться|подписывайтесь|подпишитесь|"
        r"стежте за нами|следите за нами|sledujte nás|obserwuj nas|kövessen minket)\b.{0,80}"
        r"\b(telegram|facebook|instagram|youtube|tiktok|viber|whatsapp|twitter|x|телеграм\w*|"
        r"фейсбук\w*|соцмереж\w*|соцсет\w*|sociálních sítích|mediach społecznościowych)", _F)),
    # "X is also on WhatsApp: get ..." (the outlet's own channel, not news about one)
    ("share", re.compile(
        r"^\W*[\w'’ .-]{0,60}\b(est|sont|is|are)\s+(aussi|également|désormais|maintenant|also|now)"
        r"\s+(sur|on)\s+(whatsapp|telegram|signal|instagram|tiktok|youtube|bluesky|threads)\b"
        r"(\W*$|\W{0,3}(:|!|[—–-]).{0,120}\b(recevez|rejoignez|suivez|abonn\w*|inscri\w*|join|"
        r"follow|subscribe|sign up|get)\b)", _F)),
    ("newsletter", re.compile(
        r"^\W*(sign up|subscribe|register|join|get|receive|don't miss|never miss|stay informed|"
        r"abonnez[- ]vous|inscrivez[- ]vous|recevez|ne manquez|restez informés?)\b.{0,120}"
        r"(newsletter|lettre d'information|lettre d'info|inbox|boîte (mail|de réception|aux lettres)|"
        r"by email|par (e-?mail|courriel)|our (daily|weekly) (briefing|digest|email)|"
        r"nos articles|our articles|our latest)|"
        r"\b(subscribe to|sign up (for|to)|abonnez[- ]vous à|inscrivez[- ]vous à) (our|the|notre|la|"
        r"nos)\b.{0,40}(newsletter|lettre|mailing|liste de diffusion|canal telegram|telegram channel)|"
        r"(censure|censorship).{0,100}(abonnez|inscrivez|subscribe|sign up|rejoignez|join)\b|"
        r"^\W*(abonnez|inscrivez|subscribe|sign up|rejoignez|join)\b.{0,100}(censure|censorship)|"
        r"^\W*(enter|entrez|saisissez|votre adresse) (your )?(e-?mail|adresse (e-?mail|électronique|"
        r"courriel))|^\W*[\w'’ -]{0,40}\b(newsletters?|lettre d'information)\W*$|"
        r"(^|[.!?…]\s+)\W*(sign up|subscribe|abonnez[- ]vous|inscrivez[- ]vous)\b.{0,80}"
        r"\b(today|now|daily|weekly|channel|youtube|podcast|gratuit\w*|quotidien\w*|"
        r"chaîne|newsletter|lettre|updates|alerts|alertes)\b|"
        r"^\W*(підпишіться|подпишитесь|přihlaste se|zapisz się|iratkozzon fel)\b.{0,80}"
        r"(розсилк\w*|рассылк\w*|newsletter\w*|odběr\w*|hírlevel\w*)", _F)),
    ("credit", re.compile(
        r"^\W*(copyright\b|©|\(c\)\s*\d{4}).{0,100}\b(all rights reserved|tous droits\b.{0,60}"
        r"\bréservés|reproduction interdite)|^\W*(all rights reserved|tous droits réservés)\W*$|"
        r"^\W*(tous )?droits de (reproduction|diffusion)( et de (représentation|diffusion))? "
        r"(strictement )?réservés|^\W*(reproduction|redistribution|republication)\b.{0,60}"
        r"\b(prohibited|interdite|without (prior )?(written )?(permission|consent))", _F)),
    ("donation", re.compile(
        r"\b(via|par|on|sur|through|avec|with|using)\s+(paypal|tipeee|patreon|utip|liberapay|ko-fi|"
        r"helloasso|gofundme)\b|^\W*buy me a coffee|"
        r"\b(don|dons|donate|donation|donations|soutenir|soutenez|support|contribu\w*)\b.{0,120}"
        r"\b(paypal|tipeee|patreon|utip|liberapay|ko-fi|helloasso)\b|"
        r"^\W*(if you (like|enjoy|appreciate|value)|si vous (aimez|appréciez|souhaitez)).{0,150}"
        r"\b(donate|donation|faites un don|soutenez|soutenir|support us|support our)\b|"
        r"^\W*(please )?(donate|make a donation|support (us|our (work|journalism|independent))|"
        r"help (us|keep)|become a (patron|supporter|member)|chip in)\b|"
        r"^\W*(faites|faire) un don\b|^\W*(soutenez|aidez)[- ](nous|notre|le site|ce site)\b|"
        r"^\W*(pour )?(nous )?soutenir (notre|ce site|le site|financièrement|l'information)|"
        r"\b(soutenez|aidez)[- ]nous\b.{0,40}\b(en vous abonnant|abonnez|par un don|faites un don)|"
        r"\bsupport us\b.{0,40}\b(by subscribing|subscribe|with a donation|donate)|"
        r"^\W*(підтримайте|поддержите|podpořte|wesprzyj|támogasson)\s+(нас|nás|nas|minket|"
        r"наш\w*|naši|nasz\w*)\b", _F)),
    ("tips", re.compile(
        r"^\W*(do you )?(have|got) (a|any) (news )?(tip|story( idea)?|information)\b|"
        r"^\W*(send|email|e-mail) (us )?(your )?(news )?tips?\b|"
        r"^\W*(vous avez|une) (une )?(information|info|témoignage|histoire)( à (nous )?"
        r"(partager|signaler|transmettre))? ?\?|"
        r"^\W*(contact|email|e-mail|write to|reach) (the |our )?[\w' ]{0,40}\b(newsroom|news ?desk|"
        r"reporters?)\b.{0,80}\b(securely|signal|whatsapp|tips?@|@)|"
        r"^\W*(contactez|écrivez(-nous)?|joignez) (la |notre )?rédaction\b", _F)),
    ("related", re.compile(
        r"^\W*(related( articles| stories| posts| content| coverage| reading)?|read (also|more|next)|"
        r"see also|more (from|on this|stories|news)|you (may|might) also like|recommended( for you)?|"
        r"most (read|popular)|trending( now)?|à lire (aussi|également)|lire (aussi|également)|"
        r"voir aussi|sur le même (sujet|thème)|articles? (similaires|liés|connexes)|"
        r"nos (articles|dossiers) (sur|liés)|les plus lus|dans la même rubrique)\b\W*(:|$)", _F)),
    ("comments", re.compile(
        r"^\W*(\d+\s+)?(comments?|commentaires?|réactions?|responses?|replies)\W*$|"
        r"^\W*(leave|post|add|write|show|view|load) (a |the |your )?(comment|reply|comments)|"
        r"^\W*(laisser|laissez|ajouter|écrire|afficher|voir) (un |les |vos )?commentaires?|"
        r"^\W*(cet article vous a(-t-il)? été utile|avez-vous trouvé cet article utile|"
        r"was this (article|story) (helpful|useful)|did you find this (article|story) (helpful|"
        r"useful))\W*$|"
        r"^\W*comments are (closed|moderated)|^\W*les commentaires sont (fermés|modérés)|"
        r"^\W*you must be logged in to (post|comment)|"
        r"^\W*vous devez être connecté pour (publier|commenter)", _F)),
]

_NON_WORD = re.compile(r"[\W_]+")


# a rule's regex runs only on blocks holding one of its keywords (or on very short blocks):
# Python's regex engine is slow on long alternations, and most paragraphs hold none of these
KEYWORDS: dict[str, tuple[str, ...]] = {
    "advertising": ("advertis", "sponsor", "continue", "suite", "commission", "affiliat",
                    "publicité", "skip", "close", "fermer", "buy", "purchase", "shop", "share of",
                    "earn", "lien", "liens", "partenariat"),
    "share": ("share", "partag", "diffus", "circuler", "follow", "suivez", "like us", "retrouvez",
              "rejoignez", "join", "telegram", "whatsapp", "youtube", "cliquez", "click",
              "поділ", "подел", "sdíle", "udostępn", "ossza", "підпис", "подпис", "стежте",
              "следите", "sledujte", "obserwuj", "kövess"),
    "newsletter": ("newsletter", "lettre", "sign up", "subscri", "register", "join", "get ",
                   "receive", "miss", "informed", "abonn", "inscri", "recevez", "manquez",
                   "informé", "censure", "censorship", "mail", "adresse", "courriel", "inbox",
                   "розсил", "рассыл", "odběr", "hírlev"),
    "credit": ("copyright", "©", "(c)", "rights reserved", "droits réservés",
               "droits de reproduction", "droits de diffusion", "prohibited", "interdite",
               "without permission", "without prior", "without written"),
    "donation": ("paypal", "tipeee", "patreon", "utip", "liberapay", "ko-fi", "helloasso",
                 "gofundme", "coffee", "donat", "don", "support", "help", "patron", "chip in",
                 "souten", "soutien", "aidez", "підтрим", "поддерж", "podpoř", "wesprzyj",
                 "támogas"),
    "tips": ("tip", "story", "information", "info", "témoignage", "histoire", "newsroom",
             "news desk", "newsdesk", "reporter", "rédaction"),
    "related": ("related", "read", "see also", "more", "you may", "you might", "recommended",
                "most", "trending", "lire", "voir", "même", "similaires", "liés", "connexes",
                "nos ", "plus lus", "rubrique"),
    "comments": ("comment", "réaction", "response", "repl", "leave", "post", "logged",
                 "connecté", "été utile", "article utile", "helpful", "article useful",
                 "story useful"),
}
SHORT = 40  # blocks up to this many characters are checked by every rule


PLATFORM_KEYWORDS = ("aussi sur", "également sur", "désormais sur", "maintenant sur",
                     "also on", "now on")


def _keywords(index: int, reason: str) -> tuple[str, ...]:
    # the second "share" rule (an outlet's own channel) has keywords of its own
    seen = sum(1 for r, _ in RULES[:index] if r == reason)
    return PLATFORM_KEYWORDS if seen else KEYWORDS[reason]


_RULE_KEYWORDS = [(rule, _keywords(i, rule[0])) for i, rule in enumerate(RULES)]


def rule_reason(text: str) -> str | None:
    """The boilerplate reason of a whole paragraph, or None when it reads like article text."""
    if len(text) > MAX_WORDS * 12 or text.count(" ") >= MAX_WORDS:  # text is normalised
        return None
    low = text.lower()
    short = len(text) <= SHORT
    for (reason, pattern), keywords in _RULE_KEYWORDS:
        if (short or any(k in low for k in keywords)) and pattern.search(text):
            return reason
    return None


def norm_key(text: str) -> str:
    """Case-, punctuation- and spacing-insensitive form of a paragraph."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def paragraph_hash(text: str) -> str:
    """Short stable hash of :func:`norm_key` (for cross-page template counting)."""
    return hashlib.blake2b(norm_key(text).encode(), digest_size=8).hexdigest()


def _shingles(words: list[str], n: int = 3) -> set[tuple[str, ...]]:
    if len(words) < n:
        return {tuple(words)}
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def find_duplicates(texts: list[str], kinds: list[str] | None = None, *, near: float = 0.8,
                    min_words: int = 6, near_words: int = 10, near_max_words: int = 80
                    ) -> dict[int, int]:
    """``{later index: first index}`` for paragraphs repeating an earlier one of the same page.

    A repeat is a second copy (after :func:`norm_key`) of a paragraph of at least ``min_words``
    words, or a near copy (3-word-shingle Jaccard >= ``near``, at least ``near_words`` words:
    a caption with a word changed; up to ``near_max_words``). Headings, list items and table rows are never repeats, nor
    is text occurring three times or more (interview questions, recipe steps: structure).
    """
    keys = [norm_key(t) for t in texts]
    freq: dict[str, int] = {}
    for k in keys:
        freq[k] = freq.get(k, 0) + 1
    out: dict[int, int] = {}
    seen: dict[str, int] = {}
    sigs: list[tuple[int, int, set[tuple[str, ...]]]] = []  # (index, n words, shingles)
    for i, key in enumerate(keys):
        if kinds and kinds[i] in ("heading", "list", "table"):
            continue
        words = key.split()
        if len(words) < min_words or freq[key] > 2:
            continue
        if key in seen:
            out[i] = seen[key]
            continue
        seen[key] = i
        if len(words) < near_words or len(words) > near_max_words:
            continue  # near copies: captions and short blocks; long paragraphs exact only
        sh = _shingles(words)
        for j, n, other in sigs:
            if min(n, len(words)) / max(n, len(words)) < near:
                continue
            inter = len(sh & other)
            if inter and inter / len(sh | other) >= near:
                out[i] = j
                break
        else:
            sigs.append((i, len(words), sh))
    return out
