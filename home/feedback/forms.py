from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from home.spam import SpamProtectedForm

TOKEN_SALT = "home.feedback.comment"


class AnswerForm(SpamProtectedForm):
    page = forms.IntegerField(widget=forms.HiddenInput)
    useful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        error_messages={"required": _("Please answer yes or no.")},
    )


class CommentForm(SpamProtectedForm):
    token = forms.CharField(widget=forms.HiddenInput)
    comment = forms.CharField(
        label=_("What can we improve? (optional)"),
        help_text=_(
            "Please do not enter personal data such as your name, address, phone number or "
            "e-mail address. We cannot answer here; to get an answer, please contact us."
        ),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Please write a comment, or leave the page.")},
    )

    @staticmethod
    def token_for(feedback):
        return signing.dumps(feedback.pk, salt=TOKEN_SALT)

    def clean_token(self):
        try:
            return signing.loads(
                self.cleaned_data["token"],
                salt=TOKEN_SALT,
                max_age=settings.SPAM_MAX_FORM_AGE_SECONDS,
            )
        except signing.BadSignature:
            raise forms.ValidationError(
                _("This form has expired. Please reload the page and try again."), code="expired"
            ) from None
