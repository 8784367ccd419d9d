"""Which setter reads each list or reference key of an import file's front matter."""

from home.import_fields import (
    action_blocks,
    goal_blocks,
    meeting_blocks,
    rich_text_setter,
    set_dates,
    set_form_fields,
    set_languages,
    set_terms,
    stream_setter,
    struct_blocks,
)
from home.import_reference_fields import (
    gallery_blocks,
    set_lead_image,
    set_members,
    set_original,
    set_top_tasks,
    set_topics,
    snippet_setter,
)

LIST_KEYS = {
    "goals": stream_setter("goals", goal_blocks),
    "actions": stream_setter("actions", action_blocks),
    "meetings": stream_setter("meetings", meeting_blocks),
    "dates": set_dates,
    "topics": set_topics,
    "top_tasks": set_top_tasks,
    # Services
    **{
        name: lambda page, fields, name=name: set_terms(page, fields, name)
        for name in ("categories", "target_groups", "life_events", "areas")
    },
    "eligibility": rich_text_setter("eligibility"),
    "further_notes": rich_text_setter("further_notes"),
    "how_to_apply": stream_setter(
        "how_to_apply",
        struct_blocks("how_to_apply", "step", "title", {"title": "text", "text": "rich"}, "a step"),
    ),
    "required_documents": stream_setter(
        "required_documents",
        struct_blocks(
            "required_documents",
            "document",
            "document",
            {"document": "text", "url": "text"},
            "a required document",
        ),
    ),
    "legal_basis": stream_setter(
        "legal_basis",
        struct_blocks("legal_basis", "law", "title", {"title": "text", "url": "text"}, "a law"),
    ),
    "phones": stream_setter(
        "phones",
        struct_blocks(
            "phones",
            "phone",
            "number",
            {"number": "text", "label": "text", "hours": "text"},
            "a phone number",
        ),
    ),
    "languages": set_languages,
    # References and the other types' rich texts
    "lead_image": set_lead_image,
    "gallery": stream_setter("gallery", gallery_blocks),
    "members": set_members,
    "contact": snippet_setter("contact"),
    "contact_point": snippet_setter("contact_point"),
    "organiser": snippet_setter("organiser"),
    "feedback_contact": snippet_setter("feedback_contact"),
    "introduction": rich_text_setter("introduction"),
    "thank_you_text": rich_text_setter("thank_you_text"),
    "form_fields": set_form_fields,
    "how_to_join": rich_text_setter("how_to_join"),
    "enforcement_procedure": rich_text_setter("enforcement_procedure"),
    "original": set_original,
    "sign_language_videos": stream_setter(
        "sign_language_videos",
        struct_blocks(
            "sign_language_videos",
            "video",
            "url",
            {"url": "text", "title": "text", "sign_language": "text", "transcript": "rich"},
            "a sign-language video",
        ),
    ),
}
