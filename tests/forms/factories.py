import factory

from home.forms.models import FormField, FormPage
from tests.factories import PageFactory


class FormPageFactory(PageFactory):
    """A contact form as an editor builds it: a name, an e-mail address, a message."""

    title = factory.Sequence(lambda n: f"Kontakt {n}")
    to_address = "buergerservice@example.invalid"
    subject = "Kontaktanfrage"
    thank_you_text = "<p>Wir antworten innerhalb von drei Werktagen.</p>"

    class Meta:
        model = FormPage

    @factory.post_generation
    def form_fields(page, create, extracted, **kwargs):
        fields = extracted or [
            {"label": "Ihr Name", "field_type": "singleline", "required": True},
            {"label": "E-Mail-Adresse", "field_type": "email", "required": True},
            {"label": "Ihre Nachricht", "field_type": "multiline", "required": True},
        ]
        page.form_fields = [FormField(sort_order=i, **field) for i, field in enumerate(fields)]
        if create:
            page.save()
