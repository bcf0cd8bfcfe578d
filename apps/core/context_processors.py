"""The left menu, built from the permission table so each role sees only what it may use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext_noop

from apps.accounts.permissions import has_perm

if TYPE_CHECKING:
    from apps.accounts.models import User

# (label, url name, icon, permission), in groups with a heading; a group shows only when its
# user may use one of its entries.
Entry = tuple[str, str, str, str]
MENU: list[tuple[str, list[Entry]]] = [
    (
        "",
        [
            (gettext_noop("首页概览"), "dashboard:home", "speedometer2", "dashboard.view"),
            (gettext_noop("站内通知"), "notices:inbox", "bell", "notices.view"),
        ],
    ),
    (
        gettext_noop("主体与专家"),
        [
            (gettext_noop("主体库"), "organizations:list", "buildings", "organizations.view"),
            (gettext_noop("批量导入"), "organizations:import", "upload", "organizations.import"),
            (gettext_noop("专家库"), "experts:list", "person-badge", "experts.view"),
            (gettext_noop("推荐专家"), "experts:list", "person-plus", "experts.recommend"),
            (gettext_noop("我的专家信息"), "experts:me", "person-vcard", "experts.profile"),
        ],
    ),
    (
        gettext_noop("计划项目"),
        [
            (gettext_noop("计划申报"), "programmes:calls", "clipboard-check", "programmes.view"),
            (gettext_noop("申报办理"), "programmes:applications", "inboxes", "programmes.view"),
            (gettext_noop("我的评审"), "programmes:reviews", "star-half", "programmes.review"),
            (gettext_noop("专家抽取"), "experts:draws", "shuffle", "experts.draw"),
            (
                gettext_noop("揭榜挂帅"),
                "programmes:challenge_manage",
                "trophy",
                "programmes.handle",
            ),
            (gettext_noop("需求储备库"), "programmes:reserve", "archive", "programmes.reserve"),
            (
                gettext_noop("评审汇总"),
                "programmes:results_index",
                "bar-chart-steps",
                "programmes.handle",
            ),
            (gettext_noop("计划配置"), "programmes:types", "sliders", "programmes.configure"),
        ],
    ),
    (
        gettext_noop("成果转化"),
        [
            (gettext_noop("技术市场"), "market:mine", "shop", "market.view"),
            (gettext_noop("条目审核"), "market:moderation", "check2-square", "market.moderate"),
            (
                gettext_noop("技术合同登记"),
                "market:contracts",
                "file-earmark-text",
                "market.contracts.view",
            ),
            (gettext_noop("技术经纪对接"), "market:deals", "people", "market.pipeline"),
            (gettext_noop("我的对接"), "market:deals", "people", "market.broker"),
        ],
    ),
    (
        gettext_noop("督查调度"),
        [
            (gettext_noop("目标督查"), "supervision:cockpit", "bullseye", "supervision.view"),
            (gettext_noop("年度目标"), "supervision:targets", "flag", "supervision.view"),
            (gettext_noop("指标库"), "supervision:indicators", "list-columns", "supervision.view"),
            (gettext_noop("数据报送"), "supervision:reports", "clipboard-data", "supervision.view"),
            (
                gettext_noop("调度通报"),
                "bulletins:list",
                "file-earmark-richtext",
                "bulletins.view",
            ),
            (gettext_noop("工作台账"), "ledger:plans", "list-check", "ledger.view"),
        ],
    ),
    (
        gettext_noop("系统"),
        [
            (gettext_noop("后台任务"), "jobs:list", "hourglass-split", "jobs.view"),
            (gettext_noop("操作日志"), "audit:events", "journal-text", "audit.view"),
            (gettext_noop("登录日志"), "audit:logins", "box-arrow-in-right", "loginlog.view"),
            (
                gettext_noop("字典维护"),
                "organizations:dictionaries",
                "book",
                "dictionaries.manage",
            ),
            (gettext_noop("账号管理"), "accounts:users", "people", "users.manage"),
            (gettext_noop("在线用户"), "accounts:online", "broadcast", "sessions.manage"),
            (gettext_noop("安全告警"), "audit:alerts", "exclamation-triangle", "security.alerts"),
        ],
    ),
]


# An entry that is a different thing for those who only apply: its label for a user without
# the permission named (the same list is an officer's queue and an applicant's own).
LABEL_WITHOUT: dict[str, tuple[str, str]] = {
    "programmes:applications": ("programmes.handle", gettext_noop("我的申报")),
}


# What a role may see depends only on the role (the permission table is code) and the URLs
# only on the URL configuration: both are fixed for the life of a process, so each role's menu
# is built once. A changed role is a different key, so it shows on the user's next request.
Groups = list[tuple[str, list[tuple[str, str, str, str]]]]
_MENU_OF: dict[tuple[str, bool, str, object], Groups] = {}
# The rendered menu is the same for everyone with the same menu, language, active entry and
# unread badge, and rendering it was about a seventh of a signed-in page's Python work
# (bench/request_cpu.py): kept per process, bounded (cleared when full; it refills at once).
_NAV_HTML: dict[tuple[object, ...], SafeString] = {}
NAV_HTML_MAX = 4096


def _menu_key(user: User) -> tuple[str, bool, str, object]:
    return (user.role, user.is_active, get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)


def menu_for(user: User) -> Groups:
    """The groups `user` may use: (heading, [(label, url, icon, url name)]), cached per role."""
    key = _menu_key(user)
    groups = _MENU_OF.get(key)
    if groups is None:
        groups = []
        for heading, entries in MENU:
            items = [
                (_label(user, label, name), reverse(name), icon, name)
                for label, name, icon, perm in entries
                if has_perm(user, perm)
            ]
            if items:
                groups.append((heading, items))
        _MENU_OF[key] = groups
    return groups


def _label(user: User, label: str, name: str) -> str:
    perm, other = LABEL_WITHOUT.get(name, ("", ""))
    return other if perm and not has_perm(user, perm) else label


def _active_url(groups: Groups, path: str) -> str:
    """Only the most specific matching entry is active (/experts/draws/ is not also /experts/)."""
    matching = [
        url
        for _, items in groups
        for _, url, _, _ in items
        if (path.startswith(url) if url != "/" else path == "/")
    ]
    return max(matching, key=len, default="")


def _menu_context(groups: Groups, active: str, unread: int) -> list[dict[str, Any]]:
    return [
        {
            "heading": heading,
            "items": [
                {
                    "label": label,
                    "url": url,
                    "icon": icon,
                    "active": url == active,
                    "badge": unread if name == "notices:inbox" and unread else None,
                }
                for label, url, icon, name in items
            ],
        }
        for heading, items in groups
    ]


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"menu": []}
    if user.needs_second_factor and not user.is_verified():
        return {"menu": []}  # nothing opens before the second factor
    from apps.notices.selectors import unread_count

    unread = unread_count(user)  # type: ignore[arg-type]
    groups = menu_for(user)  # type: ignore[arg-type]
    active = _active_url(groups, request.path)
    key = (_menu_key(user), get_language(), active, unread)  # type: ignore[arg-type]
    html = _NAV_HTML.get(key)
    if html is None:
        if len(_NAV_HTML) >= NAV_HTML_MAX:
            _NAV_HTML.clear()
        context = {"menu": _menu_context(groups, active, unread)}
        html = _NAV_HTML[key] = mark_safe(render_to_string("core/_nav.html", context))  # noqa: S308 (a template's output)
    return {
        "menu": SimpleLazyObject(lambda: _menu_context(groups, active, unread)),
        "nav_html": html,
    }
