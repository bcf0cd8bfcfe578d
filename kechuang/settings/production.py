"""Production: PostgreSQL, Redis-backed queue, HTTPS behind a reverse proxy.

Required: DJANGO_SECRET_KEY (50+ characters), DATABASE_URL (postgres://…), DJANGO_ALLOWED_HOSTS.
"""

from django.core.exceptions import ImproperlyConfigured

from kechuang.env import env_bool, env_int, env_str
from kechuang.settings.base import *
from kechuang.settings.base import DATABASES

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY 太短：生产环境至少 50 个字符的随机串。")
DEBUG = False
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("生产环境必须使用 PostgreSQL：请设置 DATABASE_URL=postgres://…")

KECHUANG_ENFORCE_ACCOUNT_HYGIENE = True  # system check: no superuser, no admin/test accounts
SECURE_SSL_REDIRECT = env_bool("KECHUANG_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("KECHUANG_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
