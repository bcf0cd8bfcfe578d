from django.urls import path

from apps.organizations import dictionary_views, views

app_name = "organizations"
urlpatterns = [
    path("", views.organization_list, name="list"),
    path("export.xlsx", views.organization_export, name="export"),
    path("import/", views.organization_import, name="import"),
    path("import/template.xlsx", views.import_template, name="import_template"),
    path("dictionaries/", dictionary_views.dictionaries, name="dictionaries"),
    path("<int:pk>/", views.organization_detail, name="detail"),
    path("<int:pk>/reveal/", views.organization_reveal, name="reveal"),
]
