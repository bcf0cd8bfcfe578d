"""Statuses and kinds of the technology market (TextChoices, Chinese labels)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ListingStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    PENDING = "pending", _("待审核")
    PUBLISHED = "published", _("已发布")
    REJECTED = "rejected", _("已退回")
    EXPIRED = "expired", _("已过期")
    WITHDRAWN = "withdrawn", _("已撤回")


class TransferMode(models.TextChoices):
    ASSIGNMENT = "assignment", _("转让")
    LICENSE = "license", _("许可")
    EQUITY = "equity", _("作价入股")
    CO_DEVELOPMENT = "co_development", _("合作开发")
    SERVICE = "service", _("技术服务")


class TechField(models.TextChoices):
    """Technical fields of listings (the province's 技术领域 dictionary, simplified)."""

    ELECTRONIC_INFO = "electronic_info", _("电子信息")
    NEW_ENERGY = "new_energy", _("新能源")
    NONFERROUS = "nonferrous", _("有色金属与稀土")
    AVIATION = "aviation", _("航空航天")
    TCM = "tcm", _("中医药与生物医药")
    NEW_MATERIALS = "new_materials", _("新材料")
    EQUIPMENT = "equipment", _("装备制造")
    AGRICULTURE = "agriculture", _("现代农业与食品")
    ENVIRONMENT = "environment", _("节能环保")
    OTHER = "other", _("其他")


class ContractKind(models.TextChoices):
    DEVELOPMENT = "development", _("技术开发")
    TRANSFER = "transfer", _("技术转让")
    LICENSE = "license", _("技术许可")
    CONSULTING = "consulting", _("技术咨询")
    SERVICE = "service", _("技术服务")


class ContractStatus(models.TextChoices):
    SUBMITTED = "submitted", _("待登记")
    REGISTERED = "registered", _("已登记")
    REJECTED = "rejected", _("不予登记")


class DealStage(models.TextChoices):
    CONTACT = "contact", _("对接")
    NEGOTIATION = "negotiation", _("洽谈")
    SIGNED = "signed", _("签约")
    CLOSED = "closed", _("关闭")


class BrokerLevel(models.TextChoices):
    JUNIOR = "junior", _("初级技术经纪人")
    INTERMEDIATE = "intermediate", _("中级技术经纪人")
    SENIOR = "senior", _("高级技术经纪人")


class RoadshowKind(models.TextChoices):
    ROADSHOW = "roadshow", _("路演")
    MATCHMAKING = "matchmaking", _("对接会")


class MatchTarget(models.TextChoices):
    ACHIEVEMENT = "achievement", _("成果")
    DEMAND = "demand", _("需求")
    ORGANIZATION = "organization", _("机构")
    EXPERT = "expert", _("专家")
