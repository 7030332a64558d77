"""Customers' photos of returned items: checked, cleaned and kept on disk under the shop and order.

An upload is accepted only when Pillow can open it as one of a few image formats (the name and the
Content-Type are not trusted), within a byte and a pixel limit. It is re-encoded to JPEG from its
pixels alone, so EXIF, GPS position, comments and anything hidden after the image data are gone;
the orientation EXIF carried is applied first, so the photo still stands upright.

Files live at <directory>/<shop id>/<order id>/<reference>.jpg. A return line keeps references, never
URLs: whoever asks for a photo must be entitled to that order (its customer) or that shop (staff).
"""

from __future__ import annotations

import io
import re
import secrets
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF", "HEIF", "MPO"})
MAX_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
MAX_SIDE = 2048  # stored photos are scaled down to this many pixels on their long side
MAX_PER_ORDER = 20
REFERENCE = re.compile(r"^ph_[0-9a-f]{32}$")


class PhotoRefused(Exception):
    """An upload we do not keep; `status` is the HTTP status, the message is safe to show."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class StoredPhoto:
    reference: str
    width: int
    height: int
    size: int


def _too_large() -> PhotoRefused:
    return PhotoRefused(413, "TOO_LARGE", f"a photo may have at most {MAX_PIXELS // 1_000_000} million pixels")


def probe(data: bytes) -> tuple[int, int]:
    """The image's width and height from its header alone (nothing is decoded), or PhotoRefused:
    415 for what is not an image we take, 413 for a byte or pixel count over the limits. Cheap
    enough for the event loop: Pillow reads only the first bytes."""
    if len(data) > MAX_BYTES:
        raise PhotoRefused(413, "TOO_LARGE", f"a photo may be at most {MAX_BYTES // (1024 * 1024)} MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in ALLOWED_FORMATS:
                    raise PhotoRefused(415, "NOT_AN_IMAGE", "only JPEG, PNG, WebP, GIF or HEIF photos are accepted")
                width, height = image.size
    except PhotoRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_large() from None  # Pillow's own bomb check fires first for the largest ones
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise PhotoRefused(415, "NOT_AN_IMAGE", "this file is not an image we can read") from None
    if width * height > MAX_PIXELS:
        raise _too_large()
    return width, height


def clean_image(data: bytes) -> tuple[bytes, int, int]:
    """The image's pixels as a fresh JPEG (no metadata), or PhotoRefused. CPU-bound: run it on the
    images lane, within the pixel budget (see photo_routes)."""
    probe(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe_image:
                probe_image.verify()  # a truncated or corrupt file stops here
            with Image.open(io.BytesIO(data)) as image:
                image.seek(0)  # an animation keeps its first frame
                # A JPEG decodes straight at 1/2, 1/4 or 1/8 scale when that still covers MAX_SIDE:
                # a fraction of the memory and the time of a full decode.
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))
                upright = ImageOps.exif_transpose(image)
                pixels = upright.convert("RGB")
    except PhotoRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_large() from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise PhotoRefused(415, "NOT_AN_IMAGE", "this file is not an image we can read") from None
    pixels.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    pixels.save(out, format="JPEG", quality=85, optimize=True)  # no exif=, no icc: nothing but pixels
    return out.getvalue(), pixels.width, pixels.height


class PhotoStore:
    def __init__(self, directory: str | Path) -> None:
        self.root = Path(directory)

    def _folder(self, shop_id: int, order_id: int) -> Path:
        return self.root / str(int(shop_id)) / str(int(order_id))

    def count(self, shop_id: int, order_id: int) -> int:
        folder = self._folder(shop_id, order_id)
        return sum(1 for _ in folder.glob("ph_*.jpg")) if folder.is_dir() else 0

    def save(self, shop_id: int, order_id: int, jpeg: bytes, width: int, height: int) -> StoredPhoto:
        if self.count(shop_id, order_id) >= MAX_PER_ORDER:
            raise PhotoRefused(409, "TOO_MANY", f"at most {MAX_PER_ORDER} photos per order")
        folder = self._folder(shop_id, order_id)
        folder.mkdir(parents=True, exist_ok=True)
        reference = "ph_" + secrets.token_hex(16)
        partial = folder / f".{reference}.part"
        partial.write_bytes(jpeg)
        partial.rename(folder / f"{reference}.jpg")  # readers never see half a file
        return StoredPhoto(reference, width, height, len(jpeg))

    def order_photo(self, shop_id: int, order_id: int, reference: str) -> Path | None:
        """The file of `reference` if it belongs to this order of this shop."""
        if not REFERENCE.match(reference or ""):
            return None
        path = self._folder(shop_id, order_id) / f"{reference}.jpg"
        return path if path.is_file() else None

    def delete_order(self, shop_id: int, order_id: int) -> None:
        """Every photo of one order (a customer's erasure)."""
        shutil.rmtree(self._folder(shop_id, order_id), ignore_errors=True)

    def delete_shop(self, shop_id: int) -> None:
        """Every photo of a shop (shop/redact)."""
        shutil.rmtree(self.root / str(int(shop_id)), ignore_errors=True)

    def shop_photo(self, shop_id: int, reference: str) -> Path | None:
        """The file of `reference` if it belongs to any order of this shop (staff may see them all)."""
        if not REFERENCE.match(reference or ""):
            return None
        shop_folder = self.root / str(int(shop_id))
        return next(shop_folder.glob(f"*/{reference}.jpg"), None) if shop_folder.is_dir() else None
