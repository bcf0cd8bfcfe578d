from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditResult(models.TextChoices):
    SUCCESS = "success", _("成功")
    REFUSED = "refused", _("拒绝")
    FAILED = "failed", _("失败")


class LoginOutcome(models.TextChoices):
    SUCCESS = "success", _("登录成功")
    FAILURE = "failure", _("登录失败")
    LOGOUT = "logout", _("退出")
    TOKEN = "token", _("签发接口令牌")
    TOKEN_FAILURE = "token_failure", _("令牌申请失败")
    LOCKED = "locked", _("锁定")
    OTP_SUCCESS = "otp_success", _("动态口令通过")
    OTP_FAILURE = "otp_failure", _("动态口令错误")
    FORCED_OUT = "forced_out", _("被强制下线")
