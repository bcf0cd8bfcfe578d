from django.urls import path

from apps.market.views import brokers, contracts, listings

app_name = "market"
urlpatterns = [
    path("", listings.market_home, name="home"),
    path("r/<str:code>/", listings.market_home, name="region"),
    path("s/<str:sector>/", listings.market_home, name="sector"),
    path("mine/", listings.my_listings, name="mine"),
    path("moderation/", listings.moderation, name="moderation"),
    path("feedback/", listings.feedback, name="feedback"),
    path("contracts/", contracts.contract_list, name="contracts"),
    path("contracts/new/", contracts.contract_new, name="contract_new"),
    path("contracts/import/", contracts.contract_import, name="contract_import"),
    path(
        "contracts/import/template.xlsx",
        contracts.contract_import_template,
        name="contract_template",
    ),
    path("contracts/flows/", contracts.contract_flows, name="flows"),
    path("contracts/<int:pk>/", contracts.contract_detail, name="contract"),
    path("contracts/<int:pk>/decide/", contracts.contract_decide, name="contract_decide"),
    path("ranking/", contracts.ranking, name="ranking"),
    path("ranking.pdf", contracts.ranking_pdf, name="ranking_pdf"),
    path("office/", contracts.transfer_office, name="office"),
    path("deals/", brokers.deals, name="deals"),
    path("deals/new/", brokers.deal_new, name="deal_new"),
    path("deals/<int:pk>/", brokers.deal_detail, name="deal"),
    path("deals/<int:pk>/notes/<int:note>/", brokers.deal_document, name="deal_document"),
    path("roadshows/", brokers.roadshows, name="roadshows"),
    path("roadshows/new/", brokers.roadshow_new, name="roadshow_new"),
    path("roadshows/<int:pk>/", brokers.roadshow_detail, name="roadshow"),
    path("roadshows/<int:pk>/<str:action>/", brokers.roadshow_action, name="roadshow_action"),
    path("search/rebuild/", brokers.search_rebuild, name="search_rebuild"),
    path("<str:plural>/", listings.listing_list, name="list"),
    path("<str:plural>/new/", listings.listing_edit, name="new"),
    path("<str:plural>/<int:pk>/", listings.listing_detail, name="detail"),
    path("<str:plural>/<int:pk>/edit/", listings.listing_edit, name="edit"),
    path("<str:plural>/<int:pk>/<str:action>/", listings.listing_action, name="action"),
]
