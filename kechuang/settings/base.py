"""Shared settings. Values that differ between machines come from environment variables."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from kechuang.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parents[2]
VAR_DIR = Path(env_str("KECHUANG_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_htmx",
    "huey.contrib.djhuey",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "apps.core",
    "apps.accounts",
    "apps.audit",
    "apps.regions",
    "apps.organizations",
    "apps.jobs",
    "apps.dashboard",
    "apps.demo",
    "apps.notices",
    "apps.market",
    "apps.programmes",
    "apps.experts",
    "apps.supervision",
    "apps.bulletins",  # after supervision: its demo loader needs the targets
    "apps.ledger",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "apps.core.middleware.ChosenLanguageMiddleware",  # Chinese unless English was chosen
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "apps.audit.middleware.AuditContextMiddleware",
    "apps.core.middleware.SecurityHeadersMiddleware",
    "apps.core.middleware.UploadSizeMiddleware",
    "apps.accounts.middleware.SessionControlMiddleware",
    "apps.accounts.middleware.SecondFactorMiddleware",
    "apps.accounts.middleware.PasswordExpiryMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kechuang.urls"
WSGI_APPLICATION = "kechuang.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "kechuang" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "apps.core.context_processors.navigation",
            ],
        },
    },
]

# Database: one URL, SQLite by default. SQLite needs IMMEDIATE transactions and a busy timeout,
# otherwise concurrent writers fail with "database is locked" (DESIGN.md §3, known traps).
DEFAULT_SQLITE_URL = f"sqlite:///{VAR_DIR / 'kechuang.sqlite3'}"
DATABASE_URL = env_str("DATABASE_URL", DEFAULT_SQLITE_URL)
# Connections are kept for a minute (checked before reuse): opening a PostgreSQL connection per
# request forks a server process each time, which the deadline-rush bench showed costs more CPU
# than many of the requests themselves. DATABASE_CONN_MAX_AGE=0 restores one per request.
DEFAULT_CONN_MAX_AGE = 60
try:
    _db = dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", DEFAULT_CONN_MAX_AGE),
        conn_health_checks=True,
    )
except Exception as exc:  # dj_database_url raises several types for bad URLs
    raise ImproperlyConfigured(
        f"DATABASE_URL 无效：{DATABASE_URL!r}（{exc}）。示例：sqlite:///var/kechuang.sqlite3 或 "
        "postgres://user@127.0.0.1:5432/kechuang"
    ) from exc
if _db["ENGINE"] == "django.db.backends.sqlite3":
    _db["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA foreign_keys=ON;",
    }
elif _db["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured(
        f"不支持的数据库：{_db['ENGINE']}。Kechuang 支持 SQLite（嵌入式）与 PostgreSQL（生产）。"
    )
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "accounts:login"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # lockout after repeated failures, first
    "apps.accounts.backends.RegionModelBackend",  # Django's, with the user's region joined
]
# Argon2 by default; KECHUANG_PASSWORD_HASHER=sm3 puts the PBKDF2-HMAC-SM3 hasher first for
# deployments that must use national algorithms (older hashes upgrade at the next login).
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "apps.accounts.hashers.SM3PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
_HASHER = env_str("KECHUANG_PASSWORD_HASHER", "argon2")
if _HASHER == "sm3":
    PASSWORD_HASHERS.insert(0, PASSWORD_HASHERS.pop(1))
elif _HASHER != "argon2":
    raise ImproperlyConfigured("KECHUANG_PASSWORD_HASHER 只能是 argon2 或 sm3。")
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "apps.accounts.validators.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "apps.accounts.validators.CharacterClassesValidator", "OPTIONS": {"min_classes": 3}},
    {"NAME": "apps.accounts.validators.NotContainingUsernameValidator"},
    {"NAME": "apps.accounts.validators.UserAttributeSimilarityValidator"},
    {"NAME": "apps.accounts.validators.CommonPasswordValidator"},
    {"NAME": "apps.accounts.validators.NumericPasswordValidator"},
]
# 等保 requires periodic password change (ASVS 2.1.10 advises against it; 等保 wins here, see
# docs/security.md). 0 disables the rule.
KECHUANG_PASSWORD_MAX_AGE_DAYS = env_int("KECHUANG_PASSWORD_MAX_AGE_DAYS", 90)

# Login failures: 5 wrong passwords lock that user name *from that address* for a while, so one
# address cannot lock everybody out.
AXES_FAILURE_LIMIT = env_int("KECHUANG_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("KECHUANG_LOCKOUT_MINUTES", 30, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "apps.accounts.lockout.username_of"
AXES_CLIENT_IP_CALLABLE = "apps.audit.middleware.client_ip"
AXES_LOCKOUT_CALLABLE = "apps.accounts.lockout.lockout_response"
AXES_VERBOSE = False
AXES_ENABLE_ACCESS_FAILURE_LOG = False

# Second factor (TOTP) for these roles; every page asks for it after the password.
KECHUANG_2FA_ROLES = env_list(
    "KECHUANG_2FA_ROLES", ["province_officer", "sys_admin", "sec_admin", "audit_admin"]
)
OTP_TOTP_ISSUER = "科创平台"
OTP_TOTP_THROTTLE_FACTOR = 1

# Sessions live in the database and are read from the shared cache (Redis in production, the
# file cache in embedded mode): a signed-in page no longer pays a statement to load its session.
# Ending a session deletes it through the engine (apps.accounts.sessions.session_end), which
# drops the cached copy too; the session registry is checked on every request regardless.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = env_int("KECHUANG_SESSION_IDLE_SECONDS", 30 * 60, minimum=60)
# The cookie age is the idle timeout. Not saved on every request (a write per page read):
# SessionControlMiddleware touches the session once a minute, which restarts the timeout.
SESSION_SAVE_EVERY_REQUEST = False
KECHUANG_SESSION_ABSOLUTE_SECONDS = env_int(
    "KECHUANG_SESSION_ABSOLUTE_SECONDS", 12 * 3600, minimum=60
)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "kechuang" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"  # never served directly: files go out through permission-checked views

# Uploads: the import template for 100,000 organisations is about 6 MB.
KECHUANG_MAX_UPLOAD_BYTES = env_int("KECHUANG_MAX_UPLOAD_BYTES", 20 * 1024 * 1024, minimum=1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
DATA_UPLOAD_MAX_NUMBER_FILES = env_int("KECHUANG_MAX_UPLOAD_FILES", 10, minimum=1)
# Virus scanning of uploads by clamd ("tcp:127.0.0.1:3310" or "unix:/run/clamav/clamd.ctl").
KECHUANG_CLAMD = env_str("KECHUANG_CLAMD", "")
KECHUANG_EXPORT_MAX_ROWS = env_int("KECHUANG_EXPORT_MAX_ROWS", 200_000, minimum=1)

# Notices go to the in-app inbox always, and by mail too when an SMTP host is configured.
EMAIL_HOST = env_str("KECHUANG_SMTP_HOST", "")
EMAIL_PORT = env_int("KECHUANG_SMTP_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("KECHUANG_SMTP_USER", "")
EMAIL_HOST_PASSWORD = env_str("KECHUANG_SMTP_PASSWORD", "")
EMAIL_USE_TLS = env_bool("KECHUANG_SMTP_TLS", False)
DEFAULT_FROM_EMAIL = env_str("KECHUANG_MAIL_FROM", "noreply@kechuang.local")
KECHUANG_NOTICE_MAIL = bool(EMAIL_HOST)

# The province this deployment serves (GB/T 2260 code); other provinces load by configuration.
KECHUANG_PROVINCE_CODE = env_str("KECHUANG_PROVINCE_CODE", "360000")
KECHUANG_API_TOKEN_HOURS = env_int("KECHUANG_API_TOKEN_HOURS", 12, minimum=1)
# Owners of a market listing are reminded this many days before it expires (once per period).
KECHUANG_MARKET_EXPIRY_REMINDER_DAYS = env_int(
    "KECHUANG_MARKET_EXPIRY_REMINDER_DAYS", 14, minimum=1
)
# A running job whose heartbeat is older than this is taken to have lost its worker.
KECHUANG_AUDIT_RETENTION_DAYS = env_int("KECHUANG_AUDIT_RETENTION_DAYS", 183, minimum=183)
KECHUANG_JOB_STALE_SECONDS = env_int("KECHUANG_JOB_STALE_SECONDS", 120, minimum=1)
KECHUANG_TRUSTED_PROXIES = env_int("KECHUANG_TRUSTED_PROXIES", 0)  # reverse proxies in front

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "apps.accounts.api.authentication.BearerTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "apps.core.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "apps.core.api.exceptions.exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Kechuang 科创 API",
    "DESCRIPTION": "科技创新与产业创新服务平台开放接口。所有接口均按调用者的管辖范围过滤。",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Applications and challenges both have a `status`: name their choice sets.
    "ENUM_NAME_OVERRIDES": {
        "ApplicationStatusEnum": "apps.programmes.choices.ApplicationStatus",
        "ChallengeStatusEnum": "apps.programmes.models_needs.ChallengeStatus",
    },
}

# Background work: huey. Embedded mode keeps the queue in an SQLite file beside the database
# and `make run` starts one local worker; production points KECHUANG_QUEUE_URL at Redis.
KECHUANG_QUEUE_URL = env_str("KECHUANG_QUEUE_URL", "")
if KECHUANG_QUEUE_URL.startswith("redis://"):
    HUEY: dict[str, object] = {
        "huey_class": "huey.RedisHuey",
        "name": "kechuang",
        "url": KECHUANG_QUEUE_URL,
        "immediate": False,
    }
elif KECHUANG_QUEUE_URL in ("", "sqlite"):
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "kechuang",
        "filename": str(VAR_DIR / "queue.sqlite3"),
        "immediate": False,
    }
else:
    raise ImproperlyConfigured(
        f"KECHUANG_QUEUE_URL 无效：{KECHUANG_QUEUE_URL!r}。留空使用嵌入式 SQLite 队列，"
        "或填写 redis://host:6379/0。"
    )

# Cache (sessions, the session registry's answers, unread counts, overview figures): shared by
# all web processes, so a change made in one is seen by the others. A file cache under var/ in
# the embedded mode; Redis in production (KECHUANG_CACHE_URL, defaulting to the queue's Redis).
KECHUANG_CACHE_URL = env_str(
    "KECHUANG_CACHE_URL", KECHUANG_QUEUE_URL if KECHUANG_QUEUE_URL.startswith("redis://") else ""
)
if KECHUANG_CACHE_URL.startswith("redis://"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": KECHUANG_CACHE_URL,
            "KEY_PREFIX": "kechuang",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("KECHUANG_LOG_LEVEL", "INFO")},
    "loggers": {
        "huey": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
