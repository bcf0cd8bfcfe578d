from django.urls import path
from django.views.generic import RedirectView

from apps.programmes.views import apply, challenges, handle, public, reserve, setup

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
    path("applications/<int:pk>/partners/", apply.bid_partners, name="partners"),
    path("applications/<int:pk>/pdf/", apply.application_pdf, name="pdf"),
    path("applications/<int:pk>/transition/", handle.application_transition, name="transition"),
    path("applications/<int:pk>/reviewers/", handle.review_assign, name="review_assign"),
    path("attachments/<int:pk>/", apply.attachment_download, name="attachment"),
    path("attachments/<int:pk>/delete/", apply.attachment_delete, name="attachment_delete"),
    path("reviews/", handle.reviews, name="reviews"),
    path("reviews/<int:pk>/", handle.review_submit, name="review_submit"),
    path("overview/", handle.overview, name="overview"),
    path("types/", setup.types, name="types"),
    path("types/<slug:code>/", setup.type_config, name="type_config"),
    path("types/<slug:code>/calls/new/", setup.call_new, name="call_new"),
    path("holidays/", setup.holidays, name="holidays"),
    path("blacklist/", setup.blacklist, name="blacklist"),
    path("challenges/", challenges.board, name="board"),
    path("challenges/<int:pk>/", challenges.challenge_public, name="challenge"),
    path("challenges/manage/", challenges.manage, name="challenge_manage"),
    path("challenges/manage/<int:pk>/", challenges.challenge_admin, name="challenge_admin"),
    path("challenges/from-demand/<int:pk>/", challenges.from_demand, name="from_demand"),
    path("applications/<int:pk>/milestones/", challenges.milestones_plan, name="milestones"),
    path("milestones/<int:pk>/<slug:op>/", challenges.milestone_action, name="milestone_action"),
    path("reserve/", reserve.reserve, name="reserve"),
    path("calls/<int:pk>/guide/", reserve.guide, name="guide"),
    path("publicity/", public.publicity_index, name="publicity_index"),
    path("publicity/<int:pk>/", public.publicity, name="publicity"),
    path("publicity/<int:pk>/pdf/", public.publicity_pdf, name="publicity_pdf"),
]
