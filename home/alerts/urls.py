from django.urls import path

from . import feeds, views

app_name = "alerts"
urlpatterns = [
    path("atom/", feeds.AlertAtomFeed(), name="atom"),
    path("cap/", feeds.CapIndexFeed(), name="cap_index"),
    path("<int:pk>/cap/", views.cap_message, name="cap_message"),
]
