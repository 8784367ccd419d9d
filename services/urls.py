"""The HSDS 3 API, mounted at /api/hsds/ by site/urls.py (outside the /<lang>/
prefix: the language is part of the API's own address)."""

from django.urls import path

from services import api

app_name = "hsds"

urlpatterns = [
    path("", api.index, name="index"),
    path("<str:language>/services/", api.service_list, name="services"),
    path("<str:language>/services/<str:service_id>/", api.service_detail, name="service"),
]
