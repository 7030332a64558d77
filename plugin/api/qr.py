"""QR codes for return slips, drawn on the server (segno) so the page needs no QR script."""

from __future__ import annotations

from functools import lru_cache

import segno


@lru_cache(maxsize=1024)
def return_qr_code(reference: str) -> str:
    """An SVG data URI: `<img src=...>` shows it under a strict CSP (img-src allows data:)."""
    return segno.make(reference, error="m", micro=False).svg_data_uri(scale=4, border=2, title=reference)
