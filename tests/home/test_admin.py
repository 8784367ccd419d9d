"""The web team's admin: reachable, with the groups a county starts with."""

import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


def test_admin_asks_anonymous_visitors_to_log_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_groups_editors_moderators_translators_exist_for_a_new_install(admin_client):
    content = admin_client.get("/admin/groups/").content.decode()
    for name in ("Editors", "Moderators", "Translators"):
        assert re.search(rf">\s*{name}\s*</a>", content)


def test_translators_may_log_in_to_the_admin(client, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("ulla", password="pw")
    user.groups.add(Group.objects.get(name="Translators"))
    client.force_login(user)
    assert client.get("/admin/").status_code == 200


def test_site_settings_choose_the_organisation_in_the_admin(admin_client):
    response = admin_client.get("/admin/settings/home/sitesettings/1/")
    assert response.status_code == 200
    assert "Landkreis Lindenau" in response.content.decode()


def test_dev_login_is_refused_outside_development_settings(settings):
    settings.DEV_LOGIN_ALLOWED = False
    with pytest.raises(CommandError, match="development"):
        call_command("create_dev_admin")
