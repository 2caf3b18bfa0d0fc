from django.urls import path

from search import views

app_name = "search"
urlpatterns = [
    path("", views.search, name="search"),
    path("suggesties/", views.autocomplete, name="autocomplete"),
    path("klik/<int:page_id>/", views.click, name="click"),
]
