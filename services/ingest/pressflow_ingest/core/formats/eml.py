"""E-mails (.eml): the subject as title, the Date header as a hint, the body, and the attachments."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from pressflow_ingest.core.formats.extraction import (
    Attachment,
    Extracted,
    UnreadableContent,
    clean_title,
    normalise_text,
)
from pressflow_ingest.core.formats.html import extract_html_markup

# An e-mail with more parts than this is not a press release; it bounds the work on hostile mail.
MAX_ATTACHMENTS = 20


def extract_eml(data: bytes) -> Extracted:
    """An .eml release: text/plain body preferred over HTML; attachments returned, not extracted.

    The body may be empty when the release is an attachment: the caller decides what to publish.
    """
    try:
        message = email.message_from_bytes(data, policy=policy.default)
    except (ValueError, IndexError, TypeError, LookupError) as exc:
        # The standard parser reads a multipart's Content-Type while it parses; a damaged one
        # (a parameter cut after its "*": `charset*`) raises from deep inside it.
        raise UnreadableContent(
            f"the e-mail's headers are damaged ({type(exc).__name__} while parsing them): "
            "send it again as the mail client saved it"
        ) from exc
    if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
        raise UnreadableContent("the e-mail has neither headers nor a body")
    title = clean_title(_header(message, "subject"))
    body, body_title = _body(message)
    attachments = tuple(_attachments(message))
    if not body and not attachments:
        raise UnreadableContent("the e-mail has no text body and no attachment")
    return Extracted(
        text=body,
        format="eml",
        encoding=None,
        title=title or body_title,
        detected_date=_date(message),
        attachments=attachments,
    )


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError):  # a malformed header is a missing one
        return None
    return str(value) if value is not None else None


def _date(message: EmailMessage):  # noqa: ANN202 - date | None
    raw = _header(message, "date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw).date()
    except (ValueError, TypeError, IndexError):
        return None


def _body(message: EmailMessage) -> tuple[str, str | None]:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", None
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError, KeyError):  # unknown charset, broken encoding
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return "", None
    if part.get_content_type() == "text/html":
        try:
            html = extract_html_markup(content)
        except UnreadableContent:
            return "", None
        return html.text, html.title
    return normalise_text(content), None


def _attachments(message: EmailMessage) -> list[Attachment]:
    found: list[Attachment] = []
    for part in message.iter_attachments():
        if len(found) >= MAX_ATTACHMENTS:
            break
        if part.get_content_maintype() == "multipart":
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and data:
            found.append(Attachment(part.get_filename(), part.get_content_type(), data))
    return found
