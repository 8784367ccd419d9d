"""An operator's view: production settings refuse unsafe starts and pass Django's deploy check."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

MANAGE = str(settings.BASE_DIR / "manage.py")
STRONG_KEY = "k8#Qz!v2@Lr5$Wn9^Tb4&Hy7*Jm3(Xp6)Cs1_Gd0+Fe8=Ua5-Ri2"


def manage(*args, **env):
    # A production process starts from the operator's environment, not the test run's.
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(
        DJANGO_SETTINGS_MODULE="municipal_site.settings.production",
        # Checks that need no connection: any server name will do.
        DATABASE_URL="postgres://municipal@db.invalid:5432/municipal",
    )
    environment.update(env)
    return subprocess.run(
        [sys.executable, MANAGE, *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def test_deploy_check_reports_no_issues():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="kreis.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Only the reminders of HSTS includeSubDomains and preload, which an operator opts into.
    assert "System check identified no issues (2 silenced)." in result.stdout


def test_hsts_covers_subdomains_and_preload_only_when_the_operator_opts_in():
    script = (
        "from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)"
    )
    secrets = {"SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "kreis.example"}

    # The last line: Django 5.2's shell first reports its automatic imports.
    assert manage("shell", "-c", script, **secrets).stdout.split()[-3:] == [
        "31536000",
        "False",
        "False",
    ]
    opted_in = manage(
        "shell",
        "-c",
        script,
        SECURE_HSTS_INCLUDE_SUBDOMAINS="true",
        SECURE_HSTS_PRELOAD="true",
        **secrets,
    )
    assert opted_in.stdout.split()[-3:] == ["31536000", "True", "True"]
    deploy_check = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="true",
        SECURE_HSTS_PRELOAD="true",
        **secrets,
    )
    assert "no issues (0 silenced)" in deploy_check.stdout, (
        deploy_check.stdout + deploy_check.stderr
    )


def test_mail_senders_come_from_the_environment():
    script = (
        "from django.conf import settings as s; "
        "print(s.DEFAULT_FROM_EMAIL, s.SERVER_EMAIL, s.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL)"
    )
    secrets = {"SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "kreis.example"}

    default = manage("shell", "-c", script, **secrets).stdout.split()[-3:]
    configured = manage(
        "shell",
        "-c",
        script,
        DEFAULT_FROM_EMAIL="redaktion@landkreis.example",
        SERVER_EMAIL="technik@landkreis.example",
        **secrets,
    ).stdout.split()[-3:]

    assert default == ["noreply@kreis.example"] * 3
    assert configured == [
        "redaktion@landkreis.example",
        "technik@landkreis.example",
        "redaktion@landkreis.example",
    ]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "kreis.example"}, "Set the SECRET_KEY environment variable"),
        ({"SECRET_KEY": STRONG_KEY}, "Set the ALLOWED_HOSTS environment variable"),
    ],
)
def test_production_refuses_to_start_without_its_secrets(env, message):
    result = manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr


@pytest.mark.django_db
def test_robots_txt_points_crawlers_at_the_sitemap_and_away_from_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert client.get("/sitemap.xml").status_code == 200
