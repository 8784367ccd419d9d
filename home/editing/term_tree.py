"""Terms and places to tick, as a tree where they have parents, with a search box.

Django's multiple <select> listed every term in one box: a category's place in
the tree was lost, ticking several needed Ctrl-click, and a long list had no
search. Here each term is a checkbox; a term with a `parent` sits under it, so
"Day care" is seen under "Children and families". The search box filters the
list as the editor types (home/static/home/admin/term-tree.js); without
JavaScript it stays hidden and the whole list is shown, so nothing depends on it.

The form gives the widget only the page's own language (home/editing/forms.py);
a term of another language that the page already has is marked with its language.
"""

from django import forms
from django.forms import CheckboxSelectMultiple
from django.utils.html import format_html, format_html_join
from django.utils.text import format_lazy
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _


class TermTreeWidget(CheckboxSelectMultiple):
    def __init__(self, locale=None, attrs=None, add_chooser=None):
        super().__init__(attrs=attrs)
        self.locale = locale
        # A snippet chooser whose "Create" tab makes a new entry (services'
        # locations): what it hands back is added to the list, ticked.
        self.add_chooser = add_chooser

    @property
    def media(self):
        media = forms.Media(
            js=["home/admin/term-tree.js"], css={"all": ["home/admin/term-tree.css"]}
        )
        return media + self.add_chooser.media if self.add_chooser is not None else media

    @staticmethod
    def _parent(node, by_pk):
        """The node's parent among the listed terms; None for a top-level term, one
        whose parent is not listed, or one in a cycle of parents (never saved by
        the category form, but it must not hide the term)."""
        parent = by_pk.get(getattr(node["instance"], "parent_id", None))
        seen, ancestor = {id(node)}, parent
        while ancestor is not None:
            if id(ancestor) in seen:
                return None
            seen.add(id(ancestor))
            ancestor = by_pk.get(getattr(ancestor["instance"], "parent_id", None))
        return parent

    def render(self, name, value, attrs=None, renderer=None):
        selected = {str(v) for v in (value or [])}
        base_id = (attrs or {}).get("id") or self.attrs.get("id") or f"id_{name}"
        nodes, by_pk = [], {}
        for option_value, label in self.choices:
            instance = getattr(option_value, "instance", None)
            key = str(getattr(option_value, "value", option_value))
            node = {"key": key, "label": str(label), "instance": instance, "children": []}
            nodes.append(node)
            if instance is not None:
                by_pk[instance.pk] = node
        roots = []
        for node in nodes:
            parent = self._parent(node, by_pk)
            (parent["children"] if parent is not None else roots).append(node)
        counter = iter(range(len(nodes)))

        def items(level):
            return format_html_join(
                "",
                "<li>{}{}</li>",
                ((checkbox(node), sublist(node)) for node in level),
            )

        def sublist(node):
            return format_html("<ul>{}</ul>", items(node["children"])) if node["children"] else ""

        def checkbox(node):
            option_id = f"{base_id}_{next(counter)}"
            instance = node["instance"]
            other = ""
            if (
                self.locale is not None
                and instance is not None
                and getattr(instance, "locale_id", self.locale.pk) != self.locale.pk
            ):
                other = format_html(
                    ' <span class="term-tree__other">({})</span>',
                    get_language_info(instance.locale.language_code)["name_translated"],
                )
            return format_html(
                '<label for="{}">'
                '<input type="checkbox" name="{}" value="{}" id="{}"{}> {}{}</label>',
                option_id,
                name,
                node["key"],
                option_id,
                " checked" if node["key"] in selected else "",
                node["label"],
                other,
            )

        label = self.attrs.get("aria-label", "")
        add = ""
        if self.add_chooser is not None:
            add_id = f"{base_id}__add"
            add = format_html(
                '<div class="term-tree__add" data-term-tree-add="{}" hidden>{}</div>'
                '<p class="w-sr-only" aria-live="polite" data-term-tree-status '
                'data-added="{}"></p>',
                add_id,
                self.add_chooser.render(f"{name}__add", None, {"id": add_id}),
                _("Added and ticked: %(label)s"),
            )
        if not nodes and not add:
            return format_html(
                '<p class="help term-tree__empty" id="{}">{}</p>',
                base_id,
                _("There are no entries in the page's language yet."),
            )
        return format_html(
            '<div class="term-tree" data-term-tree data-term-tree-name="{}" id="{}" '
            'role="group" aria-label="{}">'
            '<input type="search" class="term-tree__search" data-term-tree-search hidden '
            'placeholder="{}" aria-label="{}" aria-controls="{}_options">'
            '<ul class="term-tree__options" id="{}_options">{}</ul>'
            '<p class="term-tree__none" data-term-tree-none hidden>{}</p>{}'
            "</div>",
            name,
            base_id,
            label,
            _("Filter the list"),
            format_lazy(_("{}: filter the list"), label) if label else _("Filter the list"),
            base_id,
            base_id,
            items(roots),
            _("Nothing in the list matches."),
            add,
        )
