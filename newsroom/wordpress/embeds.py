"""Which URLs become embed blocks, in the canonical form oEmbed providers answer for."""

import re
from urllib.parse import parse_qs, urlparse

YOUTUBE_ID_RE = re.compile(r"^[\w-]{6,20}$")
PROVIDERS = (
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "twitter.com",
    "x.com",
    "facebook.com",
    "instagram.com",
    "soundcloud.com",
    "flickr.com",
    "scribd.com",
    "slideshare.net",
    "spotify.com",
    "ted.com",
    "tiktok.com",
    "dailymotion.com",
    "c-span.org",
)


def embed_url(url):
    """The URL to embed, or None when the address is not a video/audio/social post."""
    url = (url or "").strip()
    if not url.startswith(("http://", "https://", "//")):
        return None
    if url.startswith("//"):
        url = "https:" + url
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if not any(host == p or host.endswith("." + p) for p in PROVIDERS):
        return None
    if host in ("youtube.com", "youtube-nocookie.com") or host.endswith(".youtube.com"):
        video = None
        if parsed.path.startswith(("/embed/", "/v/", "/shorts/", "/live/")):
            video = parsed.path.split("/")[2]
        elif parsed.path == "/watch":
            video = (parse_qs(parsed.query).get("v") or [None])[0]
        if video and YOUTUBE_ID_RE.match(video):
            return f"https://www.youtube.com/watch?v={video}"
        return url if parsed.path not in ("", "/") else None
    if host == "youtu.be":
        video = parsed.path.strip("/")
        return f"https://www.youtube.com/watch?v={video}" if YOUTUBE_ID_RE.match(video) else None
    if host == "vimeo.com" or host == "player.vimeo.com":
        m = re.search(r"/(\d+)", parsed.path)
        return f"https://vimeo.com/{m.group(1)}" if m else None
    if parsed.path in ("", "/"):
        return None
    return url
