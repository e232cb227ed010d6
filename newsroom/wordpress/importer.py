"""The WordPress move-in: read the export three times, write each object in its own transaction.

Pass one indexes the file (terms, attachments, every post's address) and proves it is a
complete WXR before anything is written. Then attachments become images and documents, posts
become press items (pages become standard pages), terms and authors get their redirects, and
posts that linked forward to posts not yet imported are converted once more. Every object is
remembered by its WordPress id (models.ImportedItem), so running again changes only what
changed, and a killed run picks up where it stopped.
"""

import contextlib
import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, transaction
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from newsroom.models import NewsIndexPage, PressItemPage

from . import dates, media
from .body import BodyConverter
from .indexing import deferred_indexing, index_now
from .links import LinkResolver, Media, path_key
from .mapping import Mapping
from .models import ImportedItem
from .redirects import set_redirects, sync_page
from .report import IMPORTED, SKIPPED, UNCHANGED, UPDATED, Report
from .summary import make_summary
from .wxr import WxrError, WxrReader

DIGEST_VERSION = "1"
POST_TYPES = {"post": ImportedItem.Kind.POST, "page": ImportedItem.Kind.PAGE}
LIBRARY_TYPES = {"fusion_element", "fusion_template", "wp_block"}
SKIP_REASONS = {
    "trash": "in the WordPress trash",
    "auto-draft": "an empty auto-draft",
    "inherit": "a revision",
}
REUSABLE_BLOCK_RE = re.compile(r"<!--\s*wp:block\s+\{[^}]*\"ref\"\s*:\s*(\d+)[^}]*\}\s*/-->")
SIZE_FILE_RE = re.compile(r's:4:"file";s:\d+:"([^"]+)"')


@dataclass
class Index:
    site_url: str = ""
    categories: dict = field(default_factory=dict)
    tags: dict = field(default_factory=dict)
    authors: list = field(default_factory=list)
    attachments: dict = field(default_factory=dict)
    posts: dict = field(default_factory=dict)  # wp id → (type, status, link, has password)
    library: dict = field(default_factory=dict)  # wp id → content (Avada elements, blocks)
    types: dict = field(default_factory=dict)


class Progress:
    def __init__(self, write, label, total, every=2.0):
        self.write, self.label, self.total, self.every = write, label, total, every
        self.start = self.last = time.monotonic()
        self.done = 0

    def step(self):
        self.done += 1
        now = time.monotonic()
        if now - self.last >= self.every or self.done == self.total:
            self.last = now
            rate = self.done / max(now - self.start, 1e-6)
            left = (self.total - self.done) / rate if rate else 0
            self.write(
                f"  {self.label}: {self.done:,}/{self.total:,} · {rate:,.0f}/s · "
                f"{int(left // 60)}m{int(left % 60):02d}s left"
            )


class Importer:
    def __init__(self, export, uploads=None, mapping_config=None, dry_run=False, write=print):
        self.export = Path(export)
        self.uploads = Path(uploads) if uploads else None
        self.config = mapping_config or {}
        self.dry_run = dry_run
        self.write = write
        self.report = Report()

    # --- the run ------------------------------------------------------------------------

    def run(self):
        started = time.monotonic()
        self.write(f"Reading {self.export} …")
        index = self.index = self.read_index()
        counts = ", ".join(f"{n:,} {t}" for t, n in sorted(index.types.items()))
        self.write(f"  {counts}")
        self.news = NewsIndexPage.objects.first()
        if self.news is None:
            raise WxrError("The site has no news index page (/news/) to import press items into.")
        self.home = self.news.get_parent()
        self.mapping = Mapping(
            index.categories, index.tags, self.config, news_url=self.news.url or "/news/"
        )
        self.links = LinkResolver(index.site_url)
        self._prepare_links()
        self.tags_cache = {}
        self.public_terms = {"category": set(), "post_tag": set()}
        self._report_mapping()
        models = [PressItemPage, _standard_page_model(), get_image_model(), get_document_model()]
        _fewer_syncs()
        # Each item commits on its own; only a dry run wraps the whole run, to roll it back.
        outer = transaction.atomic() if self.dry_run else contextlib.nullcontext()
        with outer, deferred_indexing(models):
            self.import_attachments()
            self.import_posts()
            self.fix_forward_links()
            self.import_term_redirects()
            self.import_author_redirects()
            if self.dry_run:
                transaction.set_rollback(True)
        self.elapsed = time.monotonic() - started
        return self.report

    def read_index(self):
        index = Index()
        seen = set()
        for kind, value in WxrReader(self.export):
            if kind == "base_site_url" or kind == "link" and not index.site_url:
                index.site_url = index.site_url or value
            elif kind == "term":
                if value.taxonomy == "category" and value.slug:
                    index.categories[value.slug] = value
                elif value.taxonomy == "post_tag" and value.slug:
                    index.tags[value.slug] = value
            elif kind == "author":
                index.authors.append(value)
            elif kind == "item":
                item = value
                index.types[item.post_type] = index.types.get(item.post_type, 0) + 1
                if item.post_id in seen:
                    continue
                seen.add(item.post_id)
                if item.post_type == "attachment":
                    index.attachments[item.post_id] = {
                        "title": item.title,
                        "url": item.attachment_url or item.guid,
                        "attached_file": item.meta.get("_wp_attached_file", ""),
                        "alt": " ".join(item.meta.get("_wp_attachment_image_alt", "").split()),
                        "caption": item.excerpt,
                        "link": item.link,
                        "parent": item.parent,
                        "sizes": SIZE_FILE_RE.findall(item.meta.get("_wp_attachment_metadata", "")),
                        "modified": item.post_modified_gmt,
                    }
                elif item.post_type in POST_TYPES:
                    index.posts[item.post_id] = (
                        item.post_type,
                        item.status,
                        item.link,
                        bool(item.password),
                    )
                elif item.post_type in LIBRARY_TYPES:
                    index.library[item.post_id] = item.content
        if not index.site_url:
            raise WxrError(f"{self.export} names no site (<wp:base_site_url>): is it a WXR file?")
        return index

    def _prepare_links(self):
        index, links = self.index, self.links
        for wp_id, info in index.attachments.items():
            folder = (info["attached_file"] or "").rsplit("/", 1)[0]
            sized = [f"{folder}/{name}" if folder else name for name in info["sizes"]]
            links.add_attachment(wp_id, info["url"], info["attached_file"], *sized)
        for wp_id, (_type, status, link, password) in index.posts.items():
            parsed = urlparse(link)
            if link and not parsed.query and status != "trash":
                links.post_paths.setdefault(path_key(parsed.path), wp_id)
            if status == "publish" and not password:
                links.publishable.add(wp_id)
        for row in ImportedItem.objects.filter(kind__in=POST_TYPES.values(), page__isnull=False):
            links.post_pages[row.wp_id] = (row.page_id, False)
        live = set(
            Page.objects.filter(pk__in=[p for p, _ in links.post_pages.values()])
            .live()
            .public()
            .values_list("pk", flat=True)
        )
        links.post_pages = {k: (p, p in live) for k, (p, _) in links.post_pages.items()}
        for row in ImportedItem.objects.filter(kind=ImportedItem.Kind.ATTACHMENT).select_related(
            "image", "document"
        ):
            if row.image:
                links.media[row.wp_id] = Media(
                    "image",
                    row.image_id,
                    row.image.file.url,
                    index.attachments.get(row.wp_id, {}).get("alt", ""),
                )
            elif row.document:
                links.media[row.wp_id] = Media("document", row.document_id, row.document.url)
        for slug, rule in self.mapping.category_rules.items():
            target, page = self._term_target("category", slug, rule)
            url = page.url if page is not None else target
            if url:
                links.archives[path_key(f"/category/{self.mapping.category_path(slug)}/")] = url
        for slug, rule in self.mapping.tag_rules.items():
            target, page = self.mapping.archive_target(rule)
            url = page.url if page is not None else target
            if url:
                links.archives[path_key(f"/tag/{slug}/")] = url

    def _report_mapping(self):
        m = self.mapping
        for slug, rule in sorted(m.category_rules.items()):
            term = m.categories[slug]
            detail = rule.describe() + (f"; {rule.note}" if rule.note else "")
            if rule.note:
                self.report.note("Categories to check", term.term_id, term.name, detail)
        for term in m.unmatched_people:
            self.report.note(
                "Tags that look like a person but match nobody",
                term.term_id,
                term.name,
                f"kept as the tag “{term.name}”; add the person or map the tag in the mapping file",
            )
        for term in m.unmatched_cities:
            self.report.note(
                "Tags that look like a city but match no city",
                term.term_id,
                term.name,
                "kept as a plain tag",
            )
        for problem in m.problems:
            self.report.note("Mapping file entries not used", "", problem, "")

    # --- attachments --------------------------------------------------------------------

    def import_attachments(self):
        attachments = self.index.attachments
        if not attachments:
            return
        if self.uploads is None:
            self.report.note(
                "Missing media",
                "",
                "no --uploads folder given",
                f"{len(attachments):,} attachments not imported",
            )
        elif not self.uploads.is_dir():
            self.report.note(
                "Missing media",
                "",
                f"{self.uploads} is not a folder",
                f"{len(attachments):,} attachments not imported",
            )
        self.collection = media.collection() if not self.dry_run else None
        existing = {
            r.wp_id: r
            for r in ImportedItem.objects.filter(kind=ImportedItem.Kind.ATTACHMENT).select_related(
                "image", "document"
            )
        }
        progress = Progress(self.write, "attachments", len(attachments))
        for wp_id, info in attachments.items():
            try:
                with transaction.atomic():
                    self.import_attachment(wp_id, info, existing.get(wp_id))
            except (OSError, ValueError, ValidationError, DatabaseError) as exc:
                self.report.add(
                    "attachment",
                    wp_id,
                    info["title"],
                    SKIPPED,
                    f"file could not be read: {exc}",
                    info["url"],
                )
            except Exception as exc:  # noqa: BLE001 - Willow/PIL raise many kinds on bad images
                self.report.add(
                    "attachment",
                    wp_id,
                    info["title"],
                    SKIPPED,
                    f"file could not be read: {type(exc).__name__}: {exc}",
                    info["url"],
                )
            progress.step()

    def import_attachment(self, wp_id, info, row):
        title = info["title"] or Path(info["url"]).stem
        uploads = self.uploads if self.uploads and self.uploads.is_dir() else None
        relative, path = media.attachment_file(uploads, info)
        kind = media.kind_of(relative or info["url"], media.guess_mime(relative or ""))
        if kind is None:
            self.report.add(
                "attachment",
                wp_id,
                title,
                SKIPPED,
                f"file type not accepted by the document library: {relative}",
                info["url"],
            )
            return
        if path is None:
            self.report.add(
                "attachment", wp_id, title, SKIPPED, "file missing from uploads", info["url"]
            )
            if uploads is not None:
                self.report.note("Missing media", wp_id, title, f"not in uploads: {relative}")
            return
        if self.dry_run:
            self.report.add(
                "attachment", wp_id, title, IMPORTED, f"would import as {kind}", info["url"]
            )
            return
        digest = _digest(kind, media.file_digest(path), title, info["alt"])
        target = (row.image if kind == "image" else row.document) if row else None
        if row and target is not None and row.digest == digest:
            outcome = UNCHANGED
        else:
            if kind == "image":
                target = media.save_image(target, path, title, info["alt"], self.collection)
            else:
                target = media.save_document(target, path, title, self.collection)
            outcome = UPDATED if row else IMPORTED
        if outcome != UNCHANGED:
            index_now(target)
        url = target.file.url if kind == "image" else target.url
        self.links.media[wp_id] = Media(kind, target.pk, url, info["alt"])
        paths = self._attachment_paths(wp_id, info)
        row = row or ImportedItem(kind=ImportedItem.Kind.ATTACHMENT, wp_id=wp_id)
        previous = list(row.old_paths)
        row.title, row.digest = title[:255], digest
        row.image = target if kind == "image" else None
        row.document = target if kind == "document" else None
        row.old_paths = set_redirects(paths, link=url, previous=previous)
        row.target_url = url
        row.save()
        if kind == "image" and not info["alt"]:
            self.report.note(
                "Images without alt text",
                wp_id,
                title,
                "shown as decorative until an editor describes it",
            )
        self.report.add("attachment", wp_id, title, outcome, kind, info["url"], url)

    def _attachment_paths(self, wp_id, info):
        paths = {urlparse(info["url"]).path, f"/?attachment_id={wp_id}"}
        folder = urlparse(info["url"]).path.rsplit("/", 1)[0]
        paths |= {f"{folder}/{name}" for name in info["sizes"]}
        link = urlparse(info["link"] or "")
        if link.path and not link.query and not link.path.startswith("/wp-content/"):
            paths.add(link.path)
        return sorted(p for p in paths if p)

    # --- posts and pages ----------------------------------------------------------------

    def import_posts(self, only=None):
        existing = {
            (r.kind, r.wp_id): r for r in ImportedItem.objects.filter(kind__in=POST_TYPES.values())
        }
        total = sum(1 for i in self.index.posts if only is None or i in only)
        progress = Progress(self.write, "posts and pages" if only is None else "links", total)
        self.forward_links = set()
        seen = set()
        for kind, item in WxrReader(self.export):
            if kind != "item" or item.post_type not in POST_TYPES:
                if kind == "item" and only is None:
                    self._skip_other(item)
                continue
            if only is not None and item.post_id not in only:
                continue
            if item.post_id in seen:
                self.report.add(
                    item.post_type,
                    item.post_id,
                    item.title,
                    SKIPPED,
                    "duplicate: the same WordPress id appears twice in the file",
                )
                continue
            seen.add(item.post_id)
            row = existing.get((POST_TYPES[item.post_type], item.post_id))
            try:
                with transaction.atomic():
                    row = self.import_post(item, row)
                if row is not None:
                    existing[(row.kind, row.wp_id)] = row
            except ValidationError as exc:
                self.tags_cache.clear()  # tags made in the rolled-back transaction are gone
                self.report.add(
                    item.post_type,
                    item.post_id,
                    item.title,
                    SKIPPED,
                    f"not valid: {_messages(exc)}",
                    item.link,
                )
            except (DatabaseError, ValueError, RecursionError) as exc:
                self.tags_cache.clear()
                self.report.add(
                    item.post_type,
                    item.post_id,
                    item.title,
                    SKIPPED,
                    f"could not be saved: {exc}",
                    item.link,
                )
            progress.step()

    def _skip_other(self, item):
        if item.post_type == "attachment" or item.post_type in LIBRARY_TYPES:
            return
        self.report.add(
            item.post_type or "item",
            item.post_id,
            item.title,
            SKIPPED,
            f"not imported: WordPress type “{item.post_type}”",
            item.link,
        )

    def fix_forward_links(self):
        pending = self.forward_links
        if pending:
            self.write(f"Linking {len(pending):,} items to items imported after them …")
            self.import_posts(only=set(pending))

    def import_post(self, item, row):
        status = item.status
        if status in SKIP_REASONS:
            self.report.add(
                item.post_type, item.post_id, item.title, SKIPPED, SKIP_REASONS[status], item.link
            )
            return None
        state, note = self._state(item)
        moment = dates.published_at(item)
        if moment is None:
            moment = dates.parse(item.post_modified_gmt, utc=True)
            if moment is None or state == "live":
                self.report.add(
                    item.post_type,
                    item.post_id,
                    item.title,
                    SKIPPED,
                    f"no valid date ({item.post_date or 'empty'})",
                    item.link,
                )
                return None
        is_post = item.post_type == "post"
        content = REUSABLE_BLOCK_RE.sub(
            lambda m: self.index.library.get(int(m.group(1)), ""), item.content or ""
        )
        body = BodyConverter(self.links, self.index.library, f"wp/{item.post_id}").convert(content)
        title = (item.title or "").strip()[:255] or f"Untitled ({item.post_id})"
        fields = {"title": title, "body": body.blocks}
        terms = None
        if is_post:
            terms = self.mapping.apply(item.terms)
            fields.update(self._press_fields(item, moment, body, terms))
        seo = " ".join(item.meta.get("_yoast_wpseo_metadesc", "").split())
        fields["search_description"] = seo[:300] if seo else ""
        go_live = moment.isoformat() if state == "scheduled" else None
        digest = _digest(
            DIGEST_VERSION, fields, state, go_live, [p.pk for p in terms.people] if terms else []
        )
        page = row.page.specific if row is not None and row.page is not None else None
        if page is None and not is_post:
            kept = self._site_page_at(item)
            if kept is not None:
                return self._keep_site_page(item, row, kept)
        if body.unresolved_links:
            self.forward_links.add(item.post_id)
        self._note_body(item, body)
        if page is not None and row.digest == digest:
            self.report.add(
                item.post_type, item.post_id, title, UNCHANGED, note, item.link, page.url or ""
            )
            self._count_public_terms(item, state)
            return row
        page = self._save_page(item, page, fields, state, moment, terms)
        row = row or ImportedItem(kind=POST_TYPES[item.post_type], wp_id=item.post_id)
        row.page, row.title, row.digest = page, title, digest
        row.wp_modified = dates.parse(item.post_modified_gmt, utc=True)
        row.old_paths = self._post_paths(item)
        row.save()
        if not self.dry_run:
            sync_page(row)
        self.links.post_pages[item.post_id] = (page.pk, state == "live")
        self._count_public_terms(item, state)
        outcome = UPDATED if self._was_existing else IMPORTED
        self.report.add(
            item.post_type, item.post_id, title, outcome, note, item.link, page.url or ""
        )
        return row

    def _site_page_at(self, item):
        """A page of the new site already at this WordPress page's address, if any."""
        path = urlparse(item.link or "").path
        if not path or urlparse(item.link).query:
            return None
        parent = self._page_parent(item)
        slug = path.rstrip("/").rsplit("/", 1)[-1]
        return (
            parent.get_children()
            .filter(slug=slug)
            .exclude(pk__in=ImportedItem.objects.filter(page__isnull=False).values("page_id"))
            .first()
        )

    def _keep_site_page(self, item, row, kept):
        """The site has its own page here: keep it, and send the old ?page_id= address to it."""
        row = row or ImportedItem(kind=ImportedItem.Kind.PAGE, wp_id=item.post_id)
        previous = list(row.old_paths)
        paths = set_redirects(self._post_paths(item), page=kept, previous=previous)
        changed = row.pk is None or row.old_paths != paths or row.target_url != kept.url
        if changed:
            row.title, row.old_paths, row.target_url = item.title[:255], paths, kept.url or ""
            row.save()
        self.report.add(
            "page",
            item.post_id,
            item.title,
            UNCHANGED if not changed else IMPORTED,
            f"the site already has its own page at {kept.url}: kept it, old links lead there",
            item.link,
            kept.url or "",
        )
        return row

    def _state(self, item):
        if item.password:
            return "draft", "password-protected in WordPress: kept as a draft"
        return {
            "publish": ("live", ""),
            "future": ("scheduled", "scheduled: goes live at its WordPress time"),
            "private": ("draft", "private in WordPress: kept as a draft"),
            "draft": ("draft", "draft"),
            "pending": ("draft", "pending review in WordPress: kept as a draft"),
        }.get(item.status, ("draft", f"WordPress status “{item.status}”: kept as a draft"))

    def _press_fields(self, item, moment, body, terms):
        date = dates.local_date(moment)
        modified = dates.parse(item.post_modified_gmt, utc=True) or dates.parse(item.post_modified)
        updated = dates.local_date(modified) if modified else None
        thumb = item.meta.get("_thumbnail_id", "").strip()
        featured = self.links.media.get(int(thumb)) if thumb.isdigit() else None
        if thumb.isdigit() and (featured is None or featured.kind != "image"):
            self.report.note(
                "Missing media",
                item.post_id,
                item.title,
                f"featured image (attachment {thumb}) not imported",
            )
            featured = None
        return {
            "item_type": terms.item_type,
            "date": date.isoformat(),
            "updated": updated.isoformat() if updated and updated > date else None,
            "summary": make_summary(item.excerpt, body.text(), item.title or ""),
            "featured_image": featured.pk if featured else None,
            "featured_image_alt": featured.alt[:250] if featured else "",
            "tags": terms.tags,
            "dateline": "",
        }

    def _save_page(self, item, page, fields, state, moment, terms):
        is_post = item.post_type == "post"
        self._was_existing = page is not None
        if page is None:
            parent = self.news if is_post else self._page_parent(item)
            page = (PressItemPage if is_post else _standard_page_model())(
                title=fields["title"], slug=self._free_slug(parent, item, moment), live=False
            )
            page.first_published_at = moment if state == "live" else None
            self._assign(page, fields, terms)
            parent.add_child(instance=page)
        else:
            self._assign(page, fields, terms)
            page.save()
        page.go_live_at = moment if state == "scheduled" else None
        revision = page.save_revision(clean=True)
        if state in ("live", "scheduled"):
            revision.publish()
        elif page.live:
            page.unpublish()
        if terms is not None:
            self._link_people(page, terms.people)
        index_now(page)
        return page

    def _assign(self, page, fields, terms):
        page.title = fields["title"]
        page.body = json.dumps(fields["body"])
        page.search_description = fields["search_description"]
        if terms is None:
            return
        page.item_type = fields["item_type"]
        page.date = fields["date"]
        page.updated = fields["updated"]
        page.summary = fields["summary"]
        page.dateline = fields["dateline"]
        page.featured_image_id = fields["featured_image"]
        page.featured_image_alt = fields["featured_image_alt"]
        page.tags.set([self._tag(slug, name) for slug, name in fields["tags"]])

    def _tag(self, slug, name):
        if slug in self.tags_cache:
            return self.tags_cache[slug]
        tag = Tag.objects.filter(slug=slug).first() or Tag.objects.filter(name__iexact=name).first()
        if tag is None:
            tag = Tag.objects.create(name=name, slug=slug)
        self.tags_cache[slug] = tag
        return tag

    def _link_people(self, page, people):
        link_model = apps.get_model("taskforce", "PersonPressLink")
        for person in people:
            if not link_model.objects.filter(person=person, page=page).exists():
                order = link_model.objects.filter(person=person).count()
                link_model.objects.create(person=person, page=page, sort_order=order)

    def _page_parent(self, item):
        """A page's parent: its imported WordPress parent, or the home page."""
        parent_row = None
        if item.parent:
            parent_row = ImportedItem.objects.filter(
                kind=ImportedItem.Kind.PAGE, wp_id=item.parent, page__isnull=False
            ).first()
        if parent_row is not None:
            return parent_row.page.specific
        path = [p for p in urlparse(item.link).path.strip("/").split("/") if p][:-1]
        parent = self.home
        for slug in path:
            child = parent.get_children().filter(slug=slug).first()
            if child is None:
                break
            parent = child.specific
        return parent

    def _free_slug(self, parent, item, moment):
        base = (item.slug or "").strip().lower().removesuffix("__trashed")
        base = slugify(base, allow_unicode=True) or slugify(item.title or "", allow_unicode=True)
        base = (base or f"post-{item.post_id}")[:200].strip("-")
        taken = set(
            parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True)
        )
        if base not in taken:
            return base
        for candidate in [f"{base}-{moment.year}"] + [
            f"{base}-{moment.year}-{n}" for n in range(2, 1000)
        ]:
            if candidate not in taken:
                self.report.note(
                    "Slug collisions",
                    item.post_id,
                    item.title,
                    f"“{base}” is taken under {parent.title}: this one is at “{candidate}”",
                )
                return candidate
        return f"{base}-{item.post_id}"

    def _post_paths(self, item):
        paths = (
            {f"/?p={item.post_id}"} if item.post_type == "post" else {f"/?page_id={item.post_id}"}
        )
        link = urlparse(item.link or "")
        if link.path and not link.query:
            paths.add(link.path)
            folder = link.path.rstrip("/").rsplit("/", 1)[0]
            for old in item.old_slugs:
                if old and item.post_type == "post":
                    paths.add(f"{folder}/{old}/")
        guid = urlparse(item.guid or "")
        if guid.path and not guid.query and guid.hostname in self.links.hosts:
            paths.add(guid.path)
        return sorted(paths)

    def _count_public_terms(self, item, state):
        if state == "live" and item.post_type == "post":
            for domain, nicename, _ in item.terms:
                if domain in self.public_terms:
                    self.public_terms[domain].add(nicename)

    def _note_body(self, item, body):
        self.report.shortcodes.update(body.shortcodes)
        self.report.dropped.update(body.dropped)
        for src in body.missing_media:
            self.report.note(
                "Missing media", item.post_id, item.title, f"in the body, not imported: {src}"
            )

    # --- archives -----------------------------------------------------------------------

    def _term_target(self, taxonomy, slug, rule):
        if rule.action == "container":
            return self.mapping.container_target(self.mapping.categories[slug])
        return self.mapping.archive_target(rule)

    def import_term_redirects(self):
        m = self.mapping
        for taxonomy, terms, rules in (
            ("category", m.categories, m.category_rules),
            ("post_tag", m.tags, m.tag_rules),
        ):
            kind = ImportedItem.Kind.CATEGORY if taxonomy == "category" else ImportedItem.Kind.TAG
            section = "category" if taxonomy == "category" else "tag"
            existing = {r.wp_id: r for r in ImportedItem.objects.filter(kind=kind)}
            for slug, term in terms.items():
                rule = rules[slug]
                link, page = self._term_target(taxonomy, slug, rule)
                plain_tag = rule.action in ("tag", "city") and not rule.redirect
                if plain_tag and slug not in self.public_terms[taxonomy]:
                    link = page = None  # an empty archive on the old site: stays 404
                if taxonomy == "category":
                    paths = {
                        f"/category/{m.category_path(slug)}/",
                        f"/category/{slug}/",
                        f"/?cat={term.term_id}",
                    }
                else:
                    paths = {f"/tag/{slug}/", f"/?tag={slug}"}
                row = existing.get(term.term_id) or ImportedItem(kind=kind, wp_id=term.term_id)
                with transaction.atomic():
                    if link or page:
                        new = set_redirects(
                            sorted(paths), page=page, link=link or "", previous=row.old_paths
                        )
                    else:
                        new = []
                    url = page.url if page is not None else (link or "")
                    changed = row.pk is None or row.old_paths != new or row.target_url != url
                    if changed:
                        row.title, row.old_paths, row.target_url = term.name[:255], new, url
                        row.page = page
                        row.save()
                outcome = (
                    UNCHANGED
                    if not changed
                    else (UPDATED if term.term_id in existing else IMPORTED)
                )
                detail = (
                    rule.describe()
                    if url
                    else rule.describe() + "; no published items: old archive stays 404"
                )
                self.report.add(
                    section, term.term_id, term.name, outcome, detail, sorted(paths)[0], url
                )

    def import_author_redirects(self):
        news = self.news.url
        existing = {r.wp_id: r for r in ImportedItem.objects.filter(kind=ImportedItem.Kind.AUTHOR)}
        for author_id, login in self.index.authors:
            if not login:
                continue
            paths = [f"/author/{login}/", f"/?author={author_id}"]
            row = existing.get(author_id) or ImportedItem(
                kind=ImportedItem.Kind.AUTHOR, wp_id=author_id
            )
            with transaction.atomic():
                new = set_redirects(paths, link=news, previous=row.old_paths)
                changed = row.pk is None or row.old_paths != new
                if changed:
                    row.title, row.old_paths, row.target_url = login[:255], new, news
                    row.save()
            self.report.add(
                "author",
                author_id,
                login,
                UNCHANGED if not changed else IMPORTED,
                "author archive → the news archive",
                paths[0],
                news,
            )


def _fewer_syncs():
    """On SQLite, one fsync per item commit dominates the run; NORMAL syncs less often and
    stays safe if the import is killed (only a power cut could lose the last items, and a
    re-run imports them again)."""
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous = NORMAL")


def _standard_page_model():
    return apps.get_model("home", "StandardPage")


def _digest(*parts):
    return hashlib.sha256(
        json.dumps(parts, sort_keys=True, default=str).encode("utf-8")
    ).hexdigest()


def _messages(exc):
    if hasattr(exc, "message_dict"):
        return "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())
    return " ".join(exc.messages)
