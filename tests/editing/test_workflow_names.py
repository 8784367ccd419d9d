"""The moderation workflow has a name in the editor's language."""

import lxml.html
import pytest
from wagtail.models import Task, Workflow

pytestmark = pytest.mark.django_db


def submit_label(response):
    root = lxml.html.fromstring(response.content.decode())
    (button,) = root.xpath('//button[@name="action-submit"]')
    return " ".join(button.text_content().split())


def test_the_workflow_and_its_task_are_named_in_the_default_language():
    assert Workflow.objects.filter(name="Freigabe durch die Moderation").exists()
    assert Task.objects.filter(name="Freigabe durch die Moderation").exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("de", "Zur Freigabe durch die Moderation einreichen"),
        ("da", "Send til godkendelse hos moderatorerne"),
        ("fi", "Lähetä: Moderaattorien hyväksyntä"),
        ("en", "Submit to Approval by moderators"),
    ],
)
def test_editors_submit_to_the_workflow_in_their_language(
    editor_client, standard_page, language, label
):
    editor_client.speak(language)
    response = editor_client.get(f"/admin/pages/{standard_page.pk}/edit/")
    assert submit_label(response) == label
