from django.urls import path

from apps.bulletins import views

app_name = "bulletins"
urlpatterns = [
    path("", views.bulletin_list, name="list"),
    path("new/", views.bulletin_create, name="create"),
    path("templates/", views.template_list, name="templates"),
    path("templates/default.docx", views.template_default_download, name="template_default"),
    path("templates/<int:pk>.docx", views.template_download, name="template_download"),
    path("<int:pk>/", views.bulletin_detail, name="detail"),
    path("<int:pk>/edit/", views.bulletin_edit, name="edit"),
    path("<int:pk>/regenerate/", views.bulletin_regenerate, name="regenerate"),
    path("<int:pk>/publish/", views.bulletin_publish, name="publish"),
    path("<int:pk>/file.<str:kind>", views.bulletin_file, name="file"),
    path("<int:pk>/v<int:version>.<str:kind>", views.edition_file, name="edition_file"),
]
