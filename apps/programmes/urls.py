from django.urls import path
from django.views.generic import RedirectView

from apps.programmes.views import apply, handle, public, review, setup

app_name = "programmes"
urlpatterns = [
    path("", RedirectView.as_view(pattern_name="programmes:calls"), name="home"),
    path("calls/", apply.calls, name="calls"),
    path("calls/<int:pk>/", apply.call_detail, name="call"),
    path("applications/", handle.application_list, name="applications"),
    path("applications/bulk/", handle.application_bulk, name="bulk"),
    path("applications/meeting.pdf", handle.meeting_list, name="meeting"),
    path("applications/<int:pk>/", handle.application_detail, name="detail"),
    path("applications/<int:pk>/edit/", apply.application_edit, name="edit"),
    path("applications/<int:pk>/attachments/", apply.attachment_upload, name="upload"),
    path("applications/<int:pk>/pdf/", apply.application_pdf, name="pdf"),
    path("applications/<int:pk>/transition/", handle.application_transition, name="transition"),
    path("applications/<int:pk>/reviewers/", review.seat_panel, name="review_assign"),
    path("attachments/<int:pk>/", apply.attachment_download, name="attachment"),
    path("attachments/<int:pk>/delete/", apply.attachment_delete, name="attachment_delete"),
    path("reviews/", review.inbox, name="reviews"),
    path("reviews/results/", review.results_index, name="results_index"),
    path("reviews/<int:pk>/", review.seat, name="seat"),
    path("reviews/<int:pk>/respond/", review.seat_respond, name="seat_respond"),
    path("reviews/<int:pk>/declare/", review.seat_declare, name="seat_declare"),
    path("reviews/<int:pk>/files/<int:n>/", review.seat_file, name="seat_file"),
    path("reviews/<int:pk>/pdf/", review.seat_pdf, name="seat_pdf"),
    path("reviews/<int:pk>/release/", review.seat_release, name="seat_release"),
    path("calls/<int:pk>/results/", review.results, name="results"),
    path("calls/<int:pk>/results.pdf", review.results_pdf, name="results_pdf"),
    path("calls/<int:pk>/ratings/", review.rate, name="rate"),
    path("overview/", handle.overview, name="overview"),
    path("types/", setup.types, name="types"),
    path("types/<slug:code>/", setup.type_config, name="type_config"),
    path("types/<slug:code>/calls/new/", setup.call_new, name="call_new"),
    path("holidays/", setup.holidays, name="holidays"),
    path("blacklist/", setup.blacklist, name="blacklist"),
    path("publicity/", public.publicity_index, name="publicity_index"),
    path("publicity/<int:pk>/", public.publicity, name="publicity"),
    path("publicity/<int:pk>/pdf/", public.publicity_pdf, name="publicity_pdf"),
]
