from django import template

from home.translation.review import review_status

register = template.Library()


@register.simple_tag
def translation_review(translation, instance, user):
    """For the translation editor: the "Submit for review" form and the review's state."""
    return review_status(translation, instance, user)
