from wagtail import hooks

from .links import wanted_pages


@hooks.register("navigation_pages")
def easy_read_pages(page):
    return wanted_pages(page)
