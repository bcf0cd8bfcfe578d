"""Roles and data scopes (数据范围) as officers know them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    PROVINCE_OFFICER = "province_officer", _("省级管理员")
    CITY_OFFICER = "city_officer", _("市级管理员")
    COUNTY_OFFICER = "county_officer", _("县级管理员")
    ENTERPRISE = "enterprise", _("企业用户")
    UNIVERSITY = "university", _("高校院所用户")
    EXPERT = "expert", _("专家")
    BROKER = "broker", _("技术经纪人")
    SERVICE_PROVIDER = "service_provider", _("服务机构")
    SYS_ADMIN = "sys_admin", _("系统管理员")
    SEC_ADMIN = "sec_admin", _("安全管理员")
    AUDIT_ADMIN = "audit_admin", _("审计管理员")


class DataScope(models.TextChoices):
    BELOW = "below", _("本级及以下")
    ORGANIZATION = "organization", _("仅本单位")
    SELF = "self", _("仅本人")
    NONE = "none", _("无业务数据")


OFFICER_ROLES = frozenset({Role.PROVINCE_OFFICER, Role.CITY_OFFICER, Role.COUNTY_OFFICER})
ADMIN_ROLES = frozenset({Role.SYS_ADMIN, Role.SEC_ADMIN, Role.AUDIT_ADMIN})
ORGANIZATION_ROLES = frozenset({Role.ENTERPRISE, Role.UNIVERSITY, Role.SERVICE_PROVIDER})

DEFAULT_SCOPE: dict[str, str] = {
    Role.PROVINCE_OFFICER: DataScope.BELOW,
    Role.CITY_OFFICER: DataScope.BELOW,
    Role.COUNTY_OFFICER: DataScope.BELOW,
    Role.ENTERPRISE: DataScope.ORGANIZATION,
    Role.UNIVERSITY: DataScope.ORGANIZATION,
    Role.SERVICE_PROVIDER: DataScope.ORGANIZATION,
    Role.EXPERT: DataScope.SELF,
    Role.BROKER: DataScope.SELF,
    Role.SYS_ADMIN: DataScope.NONE,
    Role.SEC_ADMIN: DataScope.NONE,
    Role.AUDIT_ADMIN: DataScope.NONE,
}

# The region level an officer of each role must stand at.
OFFICER_LEVEL: dict[str, str] = {
    Role.PROVINCE_OFFICER: "province",
    Role.CITY_OFFICER: "city",
    Role.COUNTY_OFFICER: "county",
}
