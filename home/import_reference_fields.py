"""Page fields from import files that refer to other things by name: images from the
media library, snippets and pages by their keys (docs/import-format.md)."""

from home.import_fields import photo_value, stream_data
from home.import_refs import page_by_key, snippet_by_key
from home.import_source import Fields


def set_lead_image(page, fields):
    value = fields.data.get("lead_image")
    if not value:
        page.lead_image = None
        page.lead_image_alt = page.lead_image_caption = page.lead_image_credit = ""
        return
    if not isinstance(value, dict):
        raise fields.error("lead_image", "must be `image`, `alt`, `caption` and `credit` lines")
    photo = photo_value(Fields(fields.source, value, (*fields.steps, "lead_image")))
    page.lead_image_id = photo["image"]
    page.lead_image_alt, page.lead_image_caption, page.lead_image_credit = (
        photo["alt_text"],
        photo["caption"],
        photo["credit"],
    )


def gallery_blocks(fields):
    return [("photo", photo_value(item)) for item in fields.items("gallery")]


def snippet_setter(name):
    """A snippet by its key, in the page's language if translated (else the default one)."""

    def set_snippet(page, fields):
        key = fields.text(name)
        model = page._meta.get_field(name).related_model
        snippet = snippet_by_key(model, key, page.locale) if key else None
        if key and snippet is None:
            raise fields.error(name, f"no {model._meta.verbose_name} with the key '{key}'")
        setattr(page, name, snippet)

    return set_snippet


def set_members(page, fields):
    """A care network's member organisations by their keys."""
    keys = fields.data.get("members") or []
    if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys):
        raise fields.error("members", "must be a list of organisation keys")
    model = page._meta.get_field("members").stream_block.child_blocks["member"].target_model
    blocks = []
    for n, key in enumerate(keys):
        member = snippet_by_key(model, key, page.locale)
        if member is None:
            message = f"no organisation with the key '{key}'"
            raise fields.item_error("members", n, message)
        blocks.append(("member", member.pk))
    page.members = stream_data(page, "members", blocks)


def set_topics(page, fields):
    """News topics by slug or name, in the page's language."""
    names = fields.data.get("topics") or []
    names = [names] if isinstance(names, str) else names
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise fields.error("topics", "must be a list of topic slugs or names")
    topic_model = page._meta.get_field("topics").related_model
    topics = []
    for name in names:
        topic = (
            topic_model.objects.filter(locale=page.locale, slug=name.strip()).first()
            or topic_model.objects.filter(locale=page.locale, name__iexact=name.strip()).first()
        )
        if topic is None:
            code = page.locale.language_code
            raise fields.error("topics", f"no news topic '{name}' in locale '{code}'")
        topics.append(topic)
    page.topics.set(topics)


def set_top_tasks(page, fields):
    """A home page's top tasks: pages by their key in the import files, or services by
    their HSDS id, in the page's language where translated (page_by_key)."""
    refs = fields.data.get("top_tasks")
    refs = [] if refs in (None, "") else refs
    if not isinstance(refs, list) or not all(isinstance(ref, str) for ref in refs):
        raise fields.error("top_tasks", "must be a list of page keys or service ids")
    limit = page._meta.get_field("top_tasks").stream_block.meta.max_num
    if len(refs) > limit:
        raise fields.error("top_tasks", f"at most {limit} tasks, not {len(refs)}")
    tasks = []
    for n, ref in enumerate(refs):
        ref = ref.strip()
        task = page_by_key(ref, page.locale)
        if task is None:
            message = f"no page or service '{ref}' (import the services before this file)"
            raise fields.item_error("top_tasks", n, message)
        tasks.append(("task", task.pk))
    page.top_tasks = stream_data(page, "top_tasks", tasks)


def set_original(page, fields):
    """The page an easy-read page explains, by its key, in the easy-read page's language."""
    key = fields.text("original", required=True)
    original = page_by_key(key, page.locale)
    if original is None or original.locale_id != page.locale_id:
        language = page.locale.language_code
        raise fields.error("original", f"no page '{key}' in '{language}' (import it first)")
    page.original = original
