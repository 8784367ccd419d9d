"""Each language but the default has its own Translators group, scoped to its tree."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission

from home.models import TranslatorGroup
from tests.factories import skeleton_page

pytestmark = pytest.mark.django_db


def test_every_language_but_the_default_has_a_translators_group():
    names = set(TranslatorGroup.objects.values_list("group__name", flat=True))
    assert names == {"Translators (Danish)", "Translators (Finnish)", "Translators (English)"}


def test_danish_translators_edit_the_danish_tree_and_publish_nowhere():
    group = Group.objects.get(name="Translators (Danish)")
    grants = {
        (p.page_id, p.permission.codename)
        for p in GroupPagePermission.objects.filter(group=group).select_related("permission")
    }
    danish_home = skeleton_page("home", "da").pk
    assert grants == {(danish_home, "change_page"), (danish_home, "lock_page")}
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "submit_translation", "change_contact", "change_servicecategory"} <= (
        codenames
    )
    assert not any(code.startswith(("publish", "add_", "delete_")) for code in codenames)


def test_the_command_repairs_a_deleted_group(capsys):
    Group.objects.filter(name="Translators (Finnish)").delete()
    call_command("sync_translator_groups")
    assert "Translators (Finnish): ready" in capsys.readouterr().out
    group = Group.objects.get(name="Translators (Finnish)")
    assert GroupPagePermission.objects.filter(
        group=group, page=skeleton_page("home", "fi")
    ).exists()


def test_migrate_gives_back_a_permission_the_group_lost():
    group = Group.objects.get(name="Translators (Danish)")
    group.permissions.remove(group.permissions.get(codename="submit_translation"))
    GroupPagePermission.objects.filter(group=group).delete()

    call_command("migrate", verbosity=0)

    assert group.permissions.filter(codename="submit_translation").exists()
    assert GroupPagePermission.objects.filter(
        group=group, page=skeleton_page("home", "da")
    ).exists()
