"""The moderation workflow's name in the editor's language.

Wagtail names its default workflow and task after the group ("Moderators
approval") in English, and shows that name inside translated sentences ("In
Moderators approval einreichen"). Migration 0005 renames both to the site's
default language; editors using another admin language see the name
translated where the editor offers a workflow (the action menu)."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import SubmitForModerationMenuItem

MODERATION = _("Approval by moderators")
WAGTAIL_DEFAULT_NAME = "Moderators approval"


def default_language_name():
    """The name as migration 0005 stores it."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(MODERATION)


def display_name(name):
    """`name` in the active language, when it is the name this project gave."""
    return str(MODERATION) if name == default_language_name() else name


class LocalizedSubmitMenuItem(SubmitForModerationMenuItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        state = page.current_workflow_state if page else None
        if state and state.status == state.STATUS_NEEDS_CHANGES:
            task = state.current_task_state.task
            context["label"] = translation.gettext("Resubmit to %(task_name)s") % {
                "task_name": display_name(task.name)
            }
            return context
        workflow_page = page if page and page.pk else context["parent_page"]
        workflow = workflow_page.get_workflow()
        if workflow:
            context["label"] = translation.gettext("Submit to %(workflow_name)s") % {
                "workflow_name": display_name(workflow.name)
            }
        return context


def localize_action_menu(menu_items, request, context):
    """construct_page_action_menu hook: the submit item with the translated name."""
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = LocalizedSubmitMenuItem(order=item.order)
