"""Illustrations for the demo, drawn here with Pillow: a city skyline in the brand colours.

No photographs of real people: the demo's pictures are abstract drawings, made at load time
so the repository holds no binary images besides the logo.
"""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

BRAND = (11, 61, 110)
GOLD = (242, 193, 78)
PALETTES = [
    ((11, 61, 110), (32, 96, 150), (242, 193, 78)),
    ((23, 78, 72), (44, 122, 110), (240, 226, 180)),
    ((92, 36, 52), (150, 62, 80), (247, 205, 150)),
    ((40, 44, 84), (78, 86, 150), (190, 210, 240)),
]


def skyline(width, height, seed, palette=PALETTES[0]):
    """A sky, a low sun and two rows of buildings with lit windows; the same seed, same city."""
    rng = random.Random(seed)  # noqa: S311 (drawing, not secrets)
    far, near, light = palette
    img = PILImage.new("RGB", (width, height), far)
    draw = ImageDraw.Draw(img)
    for y in range(height):  # sky: dark at the top, lighter near the horizon
        t = y / height
        draw.line(
            [(0, y), (width, y)], fill=tuple(int(far[i] + (near[i] - far[i]) * t) for i in range(3))
        )
    sun_r = height // 6
    sun_x = rng.randint(width // 5, 4 * width // 5)
    draw.ellipse(
        [sun_x - sun_r, height // 2 - sun_r, sun_x + sun_r, height // 2 + sun_r], fill=light
    )
    for row, (colour, base) in enumerate([(near, 0.62), (tuple(c // 2 for c in far), 0.75)]):
        x = -rng.randint(0, 40)
        while x < width:
            w = rng.randint(width // 28, width // 11)
            top = int(height * (base - rng.uniform(0.05, 0.35 - row * 0.1)))
            draw.rectangle([x, top, x + w, height], fill=colour)
            if rng.random() < 0.2:  # a spire
                draw.polygon(
                    [
                        (x + w // 2 - 6, top),
                        (x + w // 2, top - height // 12),
                        (x + w // 2 + 6, top),
                    ],
                    fill=colour,
                )
            if row:
                for wy in range(top + 12, height - 10, 22):
                    for wx in range(x + 8, x + w - 10, 18):
                        if rng.random() < 0.45:
                            draw.rectangle([wx, wy, wx + 7, wy + 10], fill=light)
            x += w + rng.randint(2, 14)
    draw.rectangle([0, height - height // 40, width, height], fill=light)
    return img


def share_card(width=1200, height=630):
    """The site's default share image: skyline on the left half, the seal mark on the right."""
    img = skyline(width, height, seed="share")
    draw = ImageDraw.Draw(img)
    cx, cy, r = width - 190, 170, 110
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=BRAND, outline=GOLD, width=8)
    for i, h in enumerate([40, 70, 100, 64, 44]):
        x = cx - 80 + i * 34
        draw.rectangle([x, cy + 50 - h, x + 26, cy + 50], fill=(255, 255, 255))
    draw.rectangle([cx - 90, cy + 56, cx + 90, cy + 66], fill=GOLD)
    return img


def save_image(title, pil_image, filename):
    """A Wagtail image from a Pillow image; found again by title, so loading twice adds none."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    buffer = io.BytesIO()
    pil_image.save(buffer, format="PNG", optimize=True)
    return image_model.objects.create(title=title, file=ImageFile(buffer, name=filename))
